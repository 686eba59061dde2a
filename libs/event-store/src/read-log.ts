import { setImmediate as nextTurn } from 'node:timers/promises';
import { EventStore, StoredEvent, UnreadableEvent } from './event-store.port';

export interface ReadLogOptions {
  /** Start strictly after this position; `null` (default) from the start of the log. */
  after?: string | null;
  /** Events per `readAll`; default 1000. */
  pageSize?: number;
  /**
   * Told of each stored row that cannot be read as an event, which is then passed over. Without it, such a
   * row ends the walk with its `UnreadableEvent`.
   */
  onUnreadable?: (unreadable: UnreadableEvent) => void;
}

/**
 * The global log, page after page, up to the end it has when the last page is read. Between pages it lets
 * the event loop turn: an embedded store reads synchronously, and a long walk must not stall a server. A
 * short page is not the end: a store ends a page before a row it cannot read.
 */
export async function* readLog(
  store: EventStore,
  options: ReadLogOptions = {},
): AsyncGenerator<StoredEvent[]> {
  const pageSize = options.pageSize ?? 1000;
  let after = options.after ?? null;
  for (;;) {
    let page: StoredEvent[];
    try {
      page = await store.readAll(after, pageSize);
    } catch (error) {
      if (!(error instanceof UnreadableEvent) || !options.onUnreadable) throw error;
      options.onUnreadable(error);
      after = error.row.position;
      continue;
    }
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].position;
    await nextTurn();
  }
}
