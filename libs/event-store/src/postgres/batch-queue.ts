import { Outcome } from '../common/outcome';

/** Answers each request of a batch, in order; throws when the batch as a whole failed. */
export type BatchRunner<R, T> = (batch: readonly R[]) => Promise<Outcome<T>[]>;

/**
 * Starts a batch: the predicate it returns is asked about every pending request, in arrival order, and tells
 * which join it. Those left out keep their order and wait for a later batch. It must admit the first one it
 * is asked about, so that every batch takes something.
 */
export type BatchAdmission<R> = () => (request: R) => boolean;

interface Pending<R, T> {
  request: R;
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

  constructor(
    private readonly run: BatchRunner<R, T>,
    private readonly admission: BatchAdmission<R> = () => () => true,
  ) {}

  submit(request: R): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.push({ request, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.busy || this.pending.length === 0) return;
    this.busy = true;
    setImmediate(() => void this.flush());
  }

  private async flush(): Promise<void> {
    const batch = this.take();
    try {
      const outcomes = await this.run(batch.map((entry) => entry.request));
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
    return batch;
  }
}
