import { Outcome } from '../common/outcome';

/**
 * Answers each request of a batch, in order; throws when the batch as a whole failed. `deadline` (epoch
 * milliseconds) is when the first of its requests must be answered, with a queue that has deadlines.
 */
export type BatchRunner<R, T> = (batch: readonly R[], deadline?: number) => Promise<Outcome<T>[]>;

/**
 * Starts a batch: the predicate it returns is asked about every pending request, in arrival order, and tells
 * which join it. Those left out keep their order and wait for a later batch. It must admit the first one it
 * is asked about, so that every batch takes something.
 */
export type BatchAdmission<R> = () => (request: R) => boolean;

export interface BatchQueueOptions<R> {
  admission?: BatchAdmission<R>;
  /**
   * How long a request may take from its submission. One still waiting for its batch then is refused with
   * `late()` and never sent, so a batch that hangs holds the others no longer than this; the runner is told
   * each batch's deadline to keep its own.
   */
  deadline?: { ms: number; late: () => Error };
}

interface Pending<R, T> {
  request: R;
  deadline?: number;
  timer?: NodeJS.Timeout;
  resolve(result: T): void;
  reject(error: unknown): void;
}

/**
 * Coalesces concurrent requests into batches, one batch on its way at a time: requests that arrive while one
 * is out go together in the next, so a crowd of callers costs a round trip per batch rather than one each.
 * Each batch leaves on the tick after its first request, to gather what arrives with it.
 */
export class BatchQueue<R, T> {
  private pending: Pending<R, T>[] = [];
  private busy = false;
  private readonly admission: BatchAdmission<R>;

  constructor(
    private readonly run: BatchRunner<R, T>,
    private readonly options: BatchQueueOptions<R> = {},
  ) {
    this.admission = options.admission ?? (() => () => true);
  }

  submit(request: R): Promise<T> {
    return new Promise((resolve, reject) => {
      const entry: Pending<R, T> = { request, resolve, reject };
      const limit = this.options.deadline;
      if (limit) {
        entry.deadline = Date.now() + limit.ms;
        entry.timer = setTimeout(() => this.refuseLate(entry, limit.late()), limit.ms);
        entry.timer.unref();
      }
      this.pending.push(entry);
      this.schedule();
    });
  }

  private refuseLate(entry: Pending<R, T>, error: Error): void {
    this.pending = this.pending.filter((other) => other !== entry);
    entry.reject(error);
  }

  private schedule(): void {
    if (this.busy || this.pending.length === 0) return;
    this.busy = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.take();
    try {
      if (batch.length === 0) return;
      const deadlines = batch.flatMap((entry) => (entry.deadline === undefined ? [] : [entry.deadline]));
      const deadline = deadlines.length > 0 ? Math.min(...deadlines) : undefined;
      const outcomes = await this.run(
        batch.map((entry) => entry.request),
        deadline,
      );
      batch.forEach((entry, i) => {
        const outcome = outcomes[i];
        if ('failure' in outcome) entry.reject(outcome.failure);
        else entry.resolve(outcome.result);
      });
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      this.busy = false;
      this.schedule();
    }
  }

  /** The next batch, taken out of `pending`; what it does not admit stays there in its order. */
  private take(): Pending<R, T>[] {
    const admits = this.admission();
    const batch: Pending<R, T>[] = [];
    const rest: Pending<R, T>[] = [];
    for (const entry of this.pending) (admits(entry.request) ? batch : rest).push(entry);
    this.pending = rest;
    for (const entry of batch) clearTimeout(entry.timer);
    return batch;
  }
}
