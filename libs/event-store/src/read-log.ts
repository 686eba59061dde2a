import { setImmediate as nextTurn } from 'node:timers/promises';
import { EventStore, StoredEvent } from './event-store.port';

export interface ReadLogOptions {
  /** Start strictly after this position; `null` (default) from the start of the log. */
  after?: string | null;
  /** Events per `readAll`; default 1000. */
  pageSize?: number;
}

/**
 * The global log, page after page, up to the end it has when the last page is read. Between pages it lets
 * the event loop turn: an embedded store reads synchronously, and a long walk must not stall a server.
 */
export async function* readLog(
  store: EventStore,
  options: ReadLogOptions = {},
): AsyncGenerator<StoredEvent[]> {
  const pageSize = options.pageSize ?? 1000;
  let after = options.after ?? null;
  for (;;) {
    const page = await store.readAll(after, pageSize);
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    after = page[page.length - 1].position;
    await nextTurn();
  }
}
