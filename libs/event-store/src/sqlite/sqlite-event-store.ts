import { EventEmitter } from 'node:events';
import Database from 'better-sqlite3';
import { assertAppendable } from '../common/appendable';
import { assertDataKeyId } from '../common/data-key-id';
import { PollingSubscriptions } from '../common/polling-subscriptions';
import { assertCheckpointName, assertReadCheckpoint } from '../common/read-checkpoint';
import { assertPageLimit } from '../common/stream-id-order';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  IdempotencyRecord,
  ReadCheckpoint,
  StoreUnavailable,
  StoredEvent,
  Subscription,
} from '../event-store.port';
import { sqliteBatchWriter } from './sqlite-batch-writer';
import { sqliteErrors } from './sqlite-errors';
import { GroupCommit } from './sqlite-group-commit';
import { RecentCommit } from './sqlite-recent-commit';
import { SqliteQueries, prepareSqliteQueries } from './sqlite-queries';
import { DEFAULT_BUSY_TIMEOUT_MS, openSqliteDatabase } from './sqlite-schema';

export interface SqliteEventStoreOptions {
  /** The database file; created with its tables at `init()`. */
  file: string;
  /** How long a write waits for another process's write lock before it fails with `StoreUnavailable`. */
  busyTimeoutMs?: number;
}

/** Subscribers wake at once on this process's appends; the poll picks up those of other processes. */
const POLL_INTERVAL_MS = 200;
const SUBSCRIPTION_BATCH_SIZE = 500;
const SCRUB_ATTEMPTS = 30;
const SCRUB_RETRY_MS = 1000;

interface OpenStore {
  db: Database.Database;
  queries: SqliteQueries;
  groupCommit: GroupCommit;
}

/** The embedded store: one SQLite file in WAL mode, appends group-committed. */
export class SqliteEventStore implements EventStore {
  private open: OpenStore | null = null;
  private readonly appended = new EventEmitter().setMaxListeners(0);
  private readonly recentCommit = new RecentCommit();
  private readonly subscriptions = new PollingSubscriptions(
    {
      // A short answer is fine here: a subscription reads on, and polls for other processes' events.
      readAll: (after, limit) => {
        const recent = this.recentCommit.after(after, limit);
        return recent ? Promise.resolve(recent) : this.readAll(after, limit);
      },
      watch: (wake) => {
        this.appended.on('appended', wake);
        return () => this.appended.off('appended', wake);
      },
    },
    { pollIntervalMs: POLL_INTERVAL_MS, batchSize: SUBSCRIPTION_BATCH_SIZE },
  );

  constructor(private readonly options: SqliteEventStoreOptions) {}

  private get busyTimeoutMs(): number {
    return this.options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  }

  async init(): Promise<void> {
    const db = await sqliteErrors.guard(() => openSqliteDatabase(this.options.file, this.busyTimeoutMs));
    this.open = {
      db,
      queries: prepareSqliteQueries(db),
      groupCommit: new GroupCommit(sqliteBatchWriter(db), (appended) => {
        this.recentCommit.record(appended);
        this.appended.emit('appended');
      }),
    };
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    const open = this.open;
    this.open = null;
    open?.groupCommit.flush();
    open?.db.close();
  }

  async append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    assertAppendable(event, options);
    if (!this.open) throw notOpen();
    const result = await this.open.groupCommit.append(event, options);
    if (options.destroyDataKeys?.length) this.scrubWriteAheadLog();
    return result;
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.readStreamAtOnce(streamId);
  }

  readStreamAtOnce(streamId: string): StoredEvent[] {
    const open = this.open;
    if (!open) throw notOpen();
    try {
      return open.queries.readStream(streamId);
    } catch (error) {
      throw sqliteErrors.toStoreError(error);
    }
  }

  readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    return this.query((queries) => queries.readAll(after, limit));
  }

  headPosition(): Promise<string | null> {
    return this.query((queries) => queries.headPosition());
  }

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    return this.query((queries) => queries.findIdempotencyKey(key));
  }

  async getDataKey(keyId: string): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    return this.query((queries) => queries.getDataKey(keyId));
  }

  /** Group-committed like appends: a wave of commands for new subjects shares one fsync for their keys. */
  async putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    if (!this.open) throw notOpen();
    return this.open.groupCommit.putDataKeyIfAbsent(keyId, wrappedKey);
  }

  async loadCheckpoint(name: string): Promise<ReadCheckpoint | null> {
    assertCheckpointName(name);
    return this.query((queries) => queries.loadCheckpoint(name));
  }

  /** Group-committed like data keys: it shares a batch's transaction and fsync rather than taking its own. */
  async saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    assertReadCheckpoint(name, checkpoint);
    if (!this.open) throw notOpen();
    const { position, state } = checkpoint;
    return this.open.groupCommit.saveCheckpoint(name, { position, state });
  }

  async streamIds(after: string | null, limit: number): Promise<string[]> {
    assertPageLimit(limit);
    return this.query((queries) => queries.streamIds(after, limit));
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    return this.subscriptions.subscribe(after, onEvents, onError);
  }

  /**
   * After a data key is destroyed, older copies of its page still sit in the write-ahead log. A TRUNCATE
   * checkpoint moves the log into the database (where `secure_delete` has overwritten the key) and empties
   * it. A reader on an older snapshot makes it busy: it is tried again shortly, without waiting meanwhile.
   */
  private scrubWriteAheadLog(attempt = 1): void {
    const db = this.open?.db;
    if (!db) return;
    let busy = true;
    try {
      db.pragma('busy_timeout = 0');
      busy = (db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0].busy !== 0;
    } catch {
      // Busy or closing: the retry below, or nothing to do.
    } finally {
      if (db.open) db.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
    }
    if (busy && attempt < SCRUB_ATTEMPTS) {
      setTimeout(() => this.scrubWriteAheadLog(attempt + 1), SCRUB_RETRY_MS).unref();
    }
  }

  private query<T>(call: (queries: SqliteQueries) => T): Promise<T> {
    const open = this.open;
    if (!open) return Promise.reject(notOpen());
    return sqliteErrors.guard(() => call(open.queries));
  }
}

function notOpen(): StoreUnavailable {
  return new StoreUnavailable('the SQLite event store is not open');
}
