import { AppendOptions, AppendResult, EventToAppend } from '../event-store.port';
import { AppendRequest, BatchWriter } from './sqlite-batch-writer';
import { sqliteErrors } from './sqlite-errors';

interface PendingAppend extends AppendRequest {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * Group commit: appends that arrive in the same tick are written by one transaction, so concurrent
 * requests share one fsync instead of queueing for one each. better-sqlite3 is synchronous, so nothing
 * can arrive while a flush runs; appends made meanwhile by awaiting callers land in the next tick's batch.
 * Each promise settles only after the commit returned, i.e. once its event is on disk.
 */
export class GroupCommit {
  private pending: PendingAppend[] = [];
  private flushScheduled = false;

  constructor(
    private readonly writeBatch: BatchWriter,
    private readonly afterCommit: () => void,
  ) {}

  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.pending.push({ event, options, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  flush(): void {
    this.flushScheduled = false;
    const batch = this.pending;
    this.pending = [];
    if (batch.length === 0) return;
    let outcomes;
    try {
      outcomes = this.writeBatch(batch);
    } catch (error) {
      const failure = sqliteErrors.toStoreError(error);
      for (const append of batch) append.reject(failure);
      return;
    }
    batch.forEach((append, i) => {
      const outcome = outcomes[i];
      if ('error' in outcome) append.reject(outcome.error);
      else append.resolve(outcome.result);
    });
    this.afterCommit();
  }
}
