import { StoredEvent, Subscription } from '../event-store.port';

/** What a polling subscription needs from a store. */
export interface PollingSource {
  readAll(after: string | null, limit: number): Promise<StoredEvent[]>;
  /** Calls `wake` whenever new events may have become readable; returns a function that stops it. */
  watch(wake: () => void): () => void;
}

export interface PollingOptions {
  /** How long a caught-up subscription waits before reading again when nothing woke it. */
  pollIntervalMs: number;
  batchSize: number;
}

type OnEvents = (events: StoredEvent[]) => Promise<void> | void;
type OnError = (error: Error) => void;

/**
 * The live subscriptions of one store. Each one reads the log with `readAll`, so catch-up and live delivery
 * are the same loop and inherit `readAll`'s ordering guarantee; `watch` only decides when to read again,
 * the poll interval bounds the wait when a wake-up is missed (another process wrote, a notification was lost).
 */
export class PollingSubscriptions {
  private readonly open = new Set<PollingSubscription>();

  constructor(
    private readonly source: PollingSource,
    private readonly options: PollingOptions,
  ) {}

  subscribe(after: string | null, onEvents: OnEvents, onError?: OnError): Subscription {
    const subscription = new PollingSubscription(this.source, this.options, onEvents, onError);
    this.open.add(subscription);
    subscription.start(after);
    return {
      close: async () => {
        this.open.delete(subscription);
        await subscription.close();
      },
    };
  }

  async closeAll(): Promise<void> {
    const closing = [...this.open].map((subscription) => subscription.close());
    this.open.clear();
    await Promise.all(closing);
  }
}

class PollingSubscription {
  private closed = false;
  /** Set by a wake-up that arrives while reading or delivering, so the next wait is skipped. */
  private woken = false;
  private endWait: (() => void) | null = null;
  private running: Promise<void> = Promise.resolve();
  private unwatch: () => void = () => undefined;

  constructor(
    private readonly source: PollingSource,
    private readonly options: PollingOptions,
    private readonly onEvents: OnEvents,
    private readonly onError?: OnError,
  ) {}

  start(after: string | null): void {
    this.unwatch = this.source.watch(() => this.wake());
    this.running = this.run(after);
  }

  /** Resolves once no `onEvents` call is in progress, so nothing is delivered after it. */
  async close(): Promise<void> {
    this.closed = true;
    this.unwatch();
    this.wake();
    await this.running;
  }

  private wake(): void {
    this.woken = true;
    this.endWait?.();
  }

  private async run(after: string | null): Promise<void> {
    let position = after;
    while (!this.closed) {
      this.woken = false;
      let full = false;
      try {
        const events = await this.source.readAll(position, this.options.batchSize);
        if (this.closed) return;
        if (events.length > 0) {
          await this.onEvents(events);
          position = events[events.length - 1].position;
          full = events.length === this.options.batchSize;
        }
      } catch (error) {
        // The store could not be read, or the handler failed: either way the position stays where it was,
        // so the same events are read (and offered) again after the wait, and none is skipped.
        this.onError?.(error instanceof Error ? error : new Error(String(error)));
      }
      if (!full) await this.waitForWakeOrPoll();
    }
  }

  private waitForWakeOrPoll(): Promise<void> {
    if (this.woken || this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.endWait?.(), this.options.pollIntervalMs);
      this.endWait = () => {
        clearTimeout(timer);
        this.endWait = null;
        resolve();
      };
    });
  }
}
