import { LRUCache } from 'lru-cache';
import { HistoryEvent } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { toHistoryEvent } from '@ledger/runtime';

/** A subject's history as the read side has applied it; grows in place as later events are applied. */
export interface SubjectHistory {
  revision: number;
  readonly events: HistoryEvent[];
}

/** How many subjects are kept in memory when `LEDGER_READ_CACHE_SUBJECTS` does not say. */
export const DEFAULT_READ_CACHE_SUBJECTS = 100_000;

interface Load {
  /** The subject's events the read side applied while its stream was being read. */
  readonly arrived: StoredEvent[];
  done?: Promise<SubjectHistory>;
  /** How many callers wait for it: each gets the history pinned, and unpins it once. */
  callers: number;
}

/**
 * The histories of the subjects used most recently, at most `capacity` of them, and any other a caller holds
 * pinned. A subject not held is read from its stream in the store, cut at the position the read side has
 * applied, plus whatever the read side applies while the read is under way: so a history is always the one
 * at the read side's position, whether it came from memory or from the store.
 */
export class SubjectCache {
  private readonly recent: LRUCache<string, SubjectHistory>;
  private readonly pinned = new Map<string, { history: SubjectHistory; count: number }>();
  private readonly loads = new Map<string, Load>();

  constructor(
    capacity: number,
    private readonly readStream: (subjectId: string) => Promise<StoredEvent[]>,
    /** The store's read without waiting, where it has one (`EventStore.readStreamAtOnce`). */
    private readonly readStreamAtOnce?: (subjectId: string) => StoredEvent[],
  ) {
    this.recent = new LRUCache({ max: capacity });
  }

  /** The history held in memory, pinned; `undefined` when it must be read from the store. */
  pinIfHeld(subjectId: string): SubjectHistory | undefined {
    const history = this.lookUp(subjectId);
    if (history) this.pin(subjectId, history, 1);
    return history;
  }

  /**
   * The history held in memory, without pinning it (for an answer decided before the event loop turns); a
   * lookup makes it the most recently used, as `pinIfHeld` does.
   */
  lookUp(subjectId: string): SubjectHistory | undefined {
    return this.recent.get(subjectId) ?? this.pinned.get(subjectId)?.history;
  }

  /** Reads the subject's history at `applied` from the store, and returns it pinned. */
  load(subjectId: string, applied: bigint): Promise<SubjectHistory> {
    const running = this.loads.get(subjectId);
    if (running?.done) {
      running.callers++;
      return running.done;
    }
    const load: Load = { arrived: [], callers: 1 };
    this.loads.set(subjectId, load);
    load.done = this.read(subjectId, applied, load);
    return load.done;
  }

  /**
   * Reads the subject's history at `applied` from the store without waiting, when the store can, and keeps it:
   * for an answer decided before the event loop turns, so not pinned. `undefined` when the store cannot, or a
   * read of the subject is under way (`load` joins it). Throws what the store's read throws.
   */
  readAtOnce(subjectId: string, applied: bigint): SubjectHistory | undefined {
    if (!this.readStreamAtOnce || this.loads.has(subjectId)) return undefined;
    // Nothing is applied while this runs: the stream cut at `applied` is the whole history there.
    const history = historyAt(this.readStreamAtOnce(subjectId), applied, []);
    this.recent.set(subjectId, history);
    return history;
  }

  unpin(subjectId: string): void {
    const pin = this.pinned.get(subjectId);
    if (pin && --pin.count === 0) this.pinned.delete(subjectId);
  }

  /**
   * An event the read side applies, once, in log order. The first event of a subject starts its history,
   * which is kept when `admitNew` (once the read side is live, not while it replays the log).
   */
  apply(event: StoredEvent, admitNew: boolean): void {
    const subjectId = event.streamId;
    if (admitNew && event.revision === 0 && this.unknown(subjectId)) {
      this.recent.set(subjectId, { revision: -1, events: [] });
    }
    const recent = this.recent.peek(subjectId);
    if (recent && !extend(recent, event)) this.recent.delete(subjectId);
    const pinned = this.pinned.get(subjectId)?.history;
    if (pinned && pinned !== recent) extend(pinned, event);
    this.loads.get(subjectId)?.arrived.push(event);
  }

  /** Neither held nor being read: a subject whose first event may start its history. */
  private unknown(subjectId: string): boolean {
    return !this.recent.has(subjectId) && !this.pinned.has(subjectId) && !this.loads.has(subjectId);
  }

  get size(): number {
    return this.recent.size;
  }

  private async read(subjectId: string, applied: bigint, load: Load): Promise<SubjectHistory> {
    try {
      const history = historyAt(await this.readStream(subjectId), applied, load.arrived);
      this.recent.set(subjectId, history);
      this.pin(subjectId, history, load.callers);
      return history;
    } finally {
      this.loads.delete(subjectId);
    }
  }

  private pin(subjectId: string, history: SubjectHistory, count: number): void {
    // A subject is read from the store only while no history of it is held, so there is one per subject.
    const pin = this.pinned.get(subjectId);
    if (pin) pin.count += count;
    else this.pinned.set(subjectId, { history, count });
  }
}

/**
 * A history from a subject's stream read when the read side had applied `applied`, and the subject's events it
 * applied while the read was under way (`arrived`). Everything up to `applied` was applied before the read
 * began, so the store holds all of it; anything later than `applied` and not in `arrived` is left for the read
 * side to apply.
 */
function historyAt(stream: StoredEvent[], applied: bigint, arrived: StoredEvent[]): SubjectHistory {
  const history: SubjectHistory = { revision: -1, events: [] };
  for (const event of stream) if (BigInt(event.position) <= applied) extend(history, event);
  for (const event of arrived) extend(history, event);
  return history;
}

/**
 * Adds the event when it is the history's next one; one applied before is skipped. A gap would mean a lost
 * event: the history is then not trusted (`false`), and the caller drops it to be read again.
 */
function extend(history: SubjectHistory, event: StoredEvent): boolean {
  if (event.revision <= history.revision) return true;
  if (event.revision !== history.revision + 1) return false;
  history.events.push(toHistoryEvent(event));
  history.revision = event.revision;
  return true;
}
