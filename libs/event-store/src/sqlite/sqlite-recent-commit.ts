import { StoredEvent } from '../event-store.port';

/**
 * The events of this process's latest group commit, as they were stored. A subscriber that has read the log
 * up to just before them takes them from here instead of reading back (and parsing) what was just written.
 * One transaction holds the database's write lock, so its events have consecutive positions and no other
 * process's event lies among them; events before the first are the subscriber's to have read already.
 */
export class RecentCommit {
  private events: StoredEvent[] = [];
  private first = 0;

  /**
   * Keeps `committed` when it is a run of consecutive positions whose values survive the JSON the row
   * holds unchanged (so a reader gets the same event either way); else keeps nothing.
   */
  record(committed: StoredEvent[]): void {
    const first = committed.length > 0 ? Number(committed[0].position) : 0;
    const usable =
      Number.isSafeInteger(first + committed.length) &&
      committed.every((event, i) => Number(event.position) === first + i && isPlainJson(event));
    this.events = usable ? committed : [];
    this.first = first;
  }

  /** Up to `limit` events after `after`, when this commit holds the log right after it; else `null`. */
  after(after: string | null, limit: number): StoredEvent[] | null {
    if (after === null || this.events.length === 0) return null;
    const skip = Number(after) - this.first + 1;
    if (skip < 0 || skip >= this.events.length) return null;
    return this.events.slice(skip, skip + limit);
  }
}

/** Plain objects, arrays, strings, finite numbers, booleans and null only: what a JSON round trip keeps. */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isPlainJson);
  if (typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.values(value).every(isPlainJson);
}
