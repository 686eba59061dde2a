import { AppendOptions, AppendResult, EventToAppend, ReadCheckpoint, StoredEvent } from '../event-store.port';
import { BatchWriter, WriteOutcome, WriteRequest } from './sqlite-batch-writer';
import { sqliteErrors } from './sqlite-errors';

type Settled = Extract<WriteOutcome, { result: unknown }>['result'];

type PendingWrite = WriteRequest & {
  resolve(result: Settled): void;
  reject(error: unknown): void;
};

/**
 * Group commit: writes (appends, the data keys that commands create, read checkpoints) that arrive in the
 * same tick are written by one transaction, so concurrent requests share one fsync instead of queueing for
 * one each. better-sqlite3 is synchronous, so nothing can arrive while a flush runs; writes made meanwhile by
 * awaiting callers land in the next tick's batch. Each promise settles only after the commit returned, i.e.
 * once its write is on disk.
 */
export class GroupCommit {
  private pending: PendingWrite[] = [];
  private flushScheduled = false;

  constructor(
    private readonly writeBatch: BatchWriter,
    /** Told the events the commit appended, in log order. */
    private readonly afterCommit: (appended: StoredEvent[]) => void,
  ) {}

  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    return this.enqueue({ event, options }) as Promise<AppendResult>;
  }

  /** Stores the data key under `keyId` unless it has (or had) one; resolves to the key in force. */
  putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    return this.enqueue({ putKey: { keyId, wrappedKey } }) as Promise<Buffer | null>;
  }

  /** Saves the checkpoint under `name` unless the one saved there is further on. */
  saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    return this.enqueue({ saveCheckpoint: { name, checkpoint } }) as Promise<void>;
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
      for (const write of batch) write.reject(failure);
      return;
    }
    const appended: StoredEvent[] = [];
    batch.forEach((write, i) => {
      const outcome = outcomes[i];
      if ('failure' in outcome) return write.reject(outcome.failure);
      write.resolve(outcome.result);
      if ('event' in write)
        appended.push({ ...write.event, position: (outcome.result as AppendResult).position });
    });
    this.afterCommit(appended);
  }

  private enqueue(request: WriteRequest): Promise<Settled> {
    return new Promise((resolve, reject) => {
      this.pending.push({ ...request, resolve, reject });
      if (!this.flushScheduled) {
        this.flushScheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }
}
