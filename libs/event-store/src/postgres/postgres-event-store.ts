import { Pool } from 'pg';
import { assertAppendable } from '../common/appendable';
import { PollingSubscriptions } from '../common/polling-subscriptions';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  IdempotencyRecord,
  NoLedgerFound,
  ReadCheckpoint,
  StoredEvent,
  Subscription,
} from '../event-store.port';
import { BatchQueue } from './batch-queue';
import { appendAdmission, appendBatch, AppendRequest } from './postgres-append';
import { PostgresCheckpoints } from './postgres-checkpoints';
import { PostgresDataKeys } from './postgres-data-keys';
import { postgresErrors } from './postgres-errors';
import { PostgresNotifier } from './postgres-notifier';
import { PostgresReads } from './postgres-reads';
import { PostgresSql, postgresSql } from './postgres-sql';
import { inTransaction } from './postgres-transaction';
import { boundedPoolConfig, PostgresWrites } from './postgres-writes';

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** The schema holding the tables, created at `init()`; default `DEFAULT_POSTGRES_SCHEMA`. */
  schema?: string;
  /**
   * How long a write (an append, a data key put) may take, waiting for a connection, a lock or the server
   * included, before it fails with `StoreUnavailable`; every read statement has as long. Default 5 s.
   */
  timeoutMs?: number;
  /**
   * Open a ledger a server created, never create one: `init()` fails with `NoLedgerFound` when the schema
   * holds no log (the operator CLI, where a mistyped schema must not verify as an empty ledger).
   */
  existingOnly?: boolean;
}

/** Subscribers wake on NOTIFY; the poll bounds their wait when a notification is missed. */
const POLL_INTERVAL_MS = 500;
const SUBSCRIPTION_BATCH_SIZE = 500;
const POOL_SIZE = 10;
export const DEFAULT_STORE_TIMEOUT_MS = 5000;
export const DEFAULT_POSTGRES_SCHEMA = 'ledger';

export class PostgresEventStore implements EventStore {
  private readonly sql: PostgresSql;
  private readonly schema: string;
  private readonly existingOnly: boolean;
  private readonly pool: Pool;
  private readonly reads: PostgresReads;
  private readonly writes: PostgresWrites;
  private readonly dataKeys: PostgresDataKeys;
  private readonly checkpoints: PostgresCheckpoints;
  private readonly notifier: PostgresNotifier;
  private readonly subscriptions: PollingSubscriptions;
  /**
   * Group commit: appends made while a batch is on its way are written together by the next, one round trip
   * and one commit for all. One batch at a time also means that, once it has committed, no older append of
   * this process holds the log back, so the subscribers it wakes read its events at once.
   */
  private readonly appends: BatchQueue<AppendRequest, AppendResult>;

  constructor(options: PostgresEventStoreOptions) {
    this.schema = options.schema ?? DEFAULT_POSTGRES_SCHEMA;
    this.sql = postgresSql(this.schema);
    this.existingOnly = options.existingOnly ?? false;
    const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    this.pool = new Pool({ ...boundedPoolConfig(options.connectionString, timeoutMs), max: POOL_SIZE });
    // An idle connection that dies (server restart) is reported here; the pool replaces it on next use.
    this.pool.on('error', () => undefined);
    this.reads = new PostgresReads(this.sql, this.pool);
    this.writes = new PostgresWrites(options.connectionString, timeoutMs);
    this.dataKeys = new PostgresDataKeys(this.sql, this.pool, this.writes, () => this.notifier.wakeAll());
    this.checkpoints = new PostgresCheckpoints(this.sql, this.pool, this.writes);
    this.appends = new BatchQueue(
      (batch, deadline) =>
        this.writes.run(deadline, async (client) => {
          try {
            return await appendBatch(client, this.sql, batch, this.notifier.announcer);
          } finally {
            this.notifier.wakeAll();
          }
        }),
      { admission: appendAdmission, deadline: this.writes.deadline },
    );
    this.notifier = new PostgresNotifier(options.connectionString, this.sql.channel);
    this.subscriptions = new PollingSubscriptions(
      { readAll: (after, limit) => this.readAll(after, limit), watch: (wake) => this.notifier.watch(wake) },
      { pollIntervalMs: POLL_INTERVAL_MS, batchSize: SUBSCRIPTION_BATCH_SIZE },
    );
  }

  /**
   * Creates the schema; the advisory lock lets several processes start at once without racing the DDL. The
   * migration may wait for another process's and for readers of the tables: it has no timeout.
   */
  init(): Promise<void> {
    return postgresErrors.guard(() =>
      inTransaction(this.pool, async (client) => {
        if (this.existingOnly) {
          const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS found', [
            this.sql.eventsTable,
          ]);
          if (!rows[0].found) throw new NoLedgerFound(`no ledger in PostgreSQL schema ${this.schema}`);
        }
        await client.query('SET LOCAL statement_timeout = 0; SET LOCAL lock_timeout = 0');
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.sql.migrationLock]);
        await client.query(this.sql.migration);
      }),
    );
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    await this.dataKeys.close();
    await this.notifier.close();
    await Promise.all([this.pool.end(), this.writes.end()]);
  }

  /** An append that destroys data keys resolves once the key table is rewritten without them. */
  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    return postgresErrors.guard(async () => {
      assertAppendable(event, options);
      const result = await this.appends.submit({ event, options });
      if (options.destroyDataKeys?.length) await this.dataKeys.purgeDestroyed();
      return result;
    });
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return postgresErrors.guard(() => this.reads.stream(streamId));
  }

  readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    return postgresErrors.guard(() => this.reads.all(after, limit));
  }

  headPosition(): Promise<string | null> {
    return postgresErrors.guard(() => this.reads.headPosition());
  }

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    return postgresErrors.guard(() => this.reads.idempotencyKey(key));
  }

  getDataKey(keyId: string): Promise<Buffer | null> {
    return postgresErrors.guard(() => this.dataKeys.get(keyId));
  }

  putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    return postgresErrors.guard(() => this.dataKeys.putIfAbsent(keyId, wrappedKey));
  }

  loadCheckpoint(name: string): Promise<ReadCheckpoint | null> {
    return postgresErrors.guard(() => this.checkpoints.load(name));
  }

  saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    return postgresErrors.guard(() => this.checkpoints.save(name, checkpoint));
  }

  streamIds(after: string | null, limit: number): Promise<string[]> {
    return postgresErrors.guard(() => this.reads.streamIds(after, limit));
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    return this.subscriptions.subscribe(after, onEvents, onError);
  }
}
