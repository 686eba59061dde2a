import { Logger } from '@nestjs/common';
import { EventStore } from '@ledger/event-store';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { Freshness } from './freshness';

/** How often the heartbeat reads the store's head. */
export const HEARTBEAT_INTERVAL_MS = 500;

/**
 * The read side's contact with the store: whether the store answers, how stale the read side may be, and
 * which position it must have applied before it answers (the head at start, or when the store came back).
 * It fails closed: one error from the subscription, a read or the heartbeat is enough to stop answering,
 * and only the heartbeat reaching the store again lifts that.
 */
export class StoreContact {
  // Null until the head is read at start: before then the read side cannot know what it must catch up with.
  private caughtUpTo: bigint | null = null;
  private storeError: Error | null = null;
  private heartbeat?: NodeJS.Timeout;
  private probing = false;

  constructor(
    private readonly store: Pick<EventStore, 'headPosition'>,
    // The read side owns the position applied; the heartbeat only compares the head with it.
    private readonly appliedPosition: () => bigint,
    // The read side's own logger, so that these lines keep the context they are looked for under.
    private readonly logger: Pick<Logger, 'log' | 'error'>,
    private readonly metrics?: Pick<LedgerMetrics, 'storeFailed'>,
    private readonly freshness = new Freshness(),
  ) {}

  /** Reads the store's head at start: the position to apply before the read side is ready. */
  async readHead(): Promise<bigint> {
    this.caughtUpTo = await this.head();
    return this.caughtUpTo;
  }

  startHeartbeat(): void {
    this.heartbeat = setInterval(() => void this.probe(), HEARTBEAT_INTERVAL_MS).unref();
  }

  stopHeartbeat(): void {
    clearInterval(this.heartbeat);
  }

  /** False while the store fails, or has not answered the heartbeat lately: answers would be stale. */
  get healthy(): boolean {
    return this.storeError === null && this.freshness.inTouch;
  }

  /** Whether `applied` reaches what the store held at start, or when it last came back. */
  caughtUp(applied: bigint): boolean {
    return this.caughtUpTo !== null && applied >= this.caughtUpTo;
  }

  /** Healthy, caught up at `applied`, and keeping up with what the store holds. */
  readyAt(applied: bigint): boolean {
    return this.healthy && this.caughtUp(applied) && this.freshness.keepingUp;
  }

  /** The read side has applied everything up to `position`. */
  applied(position: bigint): void {
    this.freshness.applied(position);
  }

  /** Fails closed: until the store answers again, the read side is not healthy and checks are refused. */
  failed(error: Error): void {
    this.metrics?.storeFailed('read-side');
    if (this.storeError) return;
    this.logger.error(`the read side lost the store: ${error.message}`);
    this.storeError = error;
  }

  /** Reads the store's head: keeps the read side's freshness, and notices the store going and coming back. */
  async probe(): Promise<void> {
    // A hung store must not pile up heartbeats; the freshness bound notices it instead.
    if (this.probing) return;
    this.probing = true;
    try {
      const position = await this.head();
      this.freshness.reached(position, this.appliedPosition());
      if (this.storeError) {
        // Other processes may have appended while the store was out of reach: answer only once that is applied.
        this.caughtUpTo = position;
        this.storeError = null;
        this.logger.log('the read side reaches the store again');
      }
    } catch (error) {
      this.failed(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.probing = false;
    }
  }

  private async head(): Promise<bigint> {
    const head = await this.store.headPosition();
    return head === null ? 0n : BigInt(head);
  }
}
