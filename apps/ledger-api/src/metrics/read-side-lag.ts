import { EventStore } from '@ledger/event-store';
import { Clock } from '@ledger/runtime';
import { ReadSide } from '../read-side/read-side.service';

/** At most this many events are counted behind the store: a lag of this many means at least that many. */
export const LAG_COUNT_LIMIT = 1000;

export interface Lag {
  /** Events stored after the read side's position, up to `LAG_COUNT_LIMIT`. */
  events: number;
  /** How long ago the oldest of them was recorded; 0 when there is none. */
  seconds: number;
}

/**
 * How far the read side trails the store, measured when asked (a scrape) by reading what follows its
 * position. Positions are not counts (on PostgreSQL they are transaction ids), so the events are counted;
 * the age of the oldest is by the ledger's clock against the time its writer recorded, which may be another
 * replica's. `NaN` for both while the store cannot be read.
 */
export class ReadSideLag {
  private measuring?: Promise<Lag>;

  constructor(
    private readonly store: EventStore,
    private readonly readSide: ReadSide,
    private readonly clock: Clock,
  ) {}

  /** One read of the store for the gauges that ask in the same scrape. */
  measure(): Promise<Lag> {
    return (this.measuring ??= this.behind().finally(() => (this.measuring = undefined)));
  }

  private async behind(): Promise<Lag> {
    try {
      const unapplied = await this.store.readAll(this.readSide.position, LAG_COUNT_LIMIT);
      if (unapplied.length === 0) return { events: 0, seconds: 0 };
      const ms = Date.parse(this.clock.now()) - Date.parse(unapplied[0].recordedAt);
      return { events: unapplied.length, seconds: Math.max(0, ms / 1000) };
    } catch {
      return { events: NaN, seconds: NaN };
    }
  }
}
