import { CATALOGUE_STREAM, HistoryEvent, PurposeDefinition } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { changeMessageOf } from './change-message';
import { ChangeSink, SSE_HEARTBEAT, sseMessage, ssePosition } from './server-sent-events';
import { StreamTurns } from './stream-turns';

/** What a change stream reads: the store's log, and the read side that holds every subject's history. */
export interface ChangeSource {
  readAll(after: string, limit: number): Promise<StoredEvent[]>;
  /** The position the read side has applied. */
  position(): string;
  /** Resolves `true` once the read side has applied `position`, `false` after `timeoutMs`. */
  waitFor(position: string, timeoutMs: number): Promise<boolean>;
  /** The subjects' histories at the position applied (or later). */
  histories(subjectIds: Iterable<string>): Promise<{ events(subjectId: string): readonly HistoryEvent[] }>;
}

export interface ChangeStreamOptions {
  heartbeatMs: number;
  pageSize: number;
  /** How long a page may wait for the read side to apply it before the stream gives up (the client resumes). */
  readSideTimeoutMs: number;
  /** The turns this stream takes with the process's other streams, so that none holds the event loop. */
  turns: StreamTurns;
}

/**
 * One consumer's stream of change messages after a position: old events and new ones alike are read from the
 * store's log a page at a time, and the next page is read only once the consumer has taken the last one.
 * There is no separate live path, so no boundary where an event could be lost or sent twice, and a slow
 * consumer costs one page of memory: it falls behind and reads from the store, never from a growing buffer.
 * When caught up, the stream waits for the read side to apply something new, sending a heartbeat after each
 * quiet `heartbeatMs`.
 *
 * A consumer that reads as fast as the socket takes never makes a write wait, and SQLite reads a page without
 * waiting for I/O: without turns, a replay of the whole log would run as one piece of work and hold every
 * check in the process until it ends.
 */
export class ChangeStream {
  private stopped = false;
  private readonly stopping: Promise<false>;
  private stop: () => void = () => undefined;

  constructor(
    private readonly source: ChangeSource,
    /** The purposes of the catalogue in force when an event was recorded. */
    private readonly purposesAt: (recordedAt: string) => readonly PurposeDefinition[],
    private readonly sink: ChangeSink,
    private readonly options: ChangeStreamOptions,
  ) {
    this.stopping = new Promise((resolve) => {
      this.stop = () => {
        this.stopped = true;
        resolve(false);
      };
    });
    void sink.gone.then(() => this.stop());
  }

  /** Streams until the consumer goes or `close` is called; rejects when the store or read side fails. */
  async run(after: string): Promise<void> {
    let position = after;
    await this.write(ssePosition(after));
    while (!this.stopped) {
      await this.options.turns.take();
      // Anything the read side has applied by now is in the log that the next read sees.
      const applied = this.source.position();
      const page = await this.source.readAll(position, this.options.pageSize);
      if (page.length > 0) {
        await this.send(page);
        position = page[page.length - 1].position;
      } else if (!(await this.until(this.source.waitFor(after1(applied), this.options.heartbeatMs)))) {
        await this.write(SSE_HEARTBEAT);
      }
    }
  }

  close(): void {
    this.stop();
  }

  private async send(page: StoredEvent[]): Promise<void> {
    const last = page[page.length - 1].position;
    if (!(await this.until(this.source.waitFor(last, this.options.readSideTimeoutMs))) && !this.stopped) {
      throw new Error(`the read side has not applied position ${last}`);
    }
    const subjects = page
      .filter((event) => event.streamId !== CATALOGUE_STREAM)
      .map((event) => event.streamId);
    const histories = await this.source.histories(subjects);
    for (const event of page) {
      await this.options.turns.take();
      if (this.stopped) return;
      const purposes = this.purposesAt(event.recordedAt);
      const history = event.streamId === CATALOGUE_STREAM ? [] : histories.events(event.streamId);
      const message = changeMessageOf(event, history, purposes);
      await this.write(sseMessage(event.position, message));
    }
  }

  private async write(chunk: string): Promise<void> {
    if (!this.stopped && !this.sink.write(chunk)) await this.until(this.sink.drained());
  }

  /** `waiting`, cut short when the stream stops (a stopped wait reads as `false`). */
  private until<T>(waiting: Promise<T>): Promise<T | false> {
    return Promise.race([waiting, this.stopping]);
  }
}

/** The least position after `position`: positions are decimal integers, not dense. */
const after1 = (position: string) => (BigInt(position) + 1n).toString();
