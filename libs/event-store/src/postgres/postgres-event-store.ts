import { Pool } from 'pg';
import { assertAppendable } from '../common/appendable';
import { assertDataKeyId } from '../common/data-key-id';
import { PollingSubscriptions } from '../common/polling-subscriptions';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  IdempotencyRecord,
  StoredEvent,
  Subscription,
} from '../event-store.port';
import { BatchQueue } from './batch-queue';
import { appendAdmission, appendBatch, AppendRequest, keyBytes } from './postgres-append';
import { postgresErrors } from './postgres-errors';
import { PostgresNotifier } from './postgres-notifier';
import { PostgresSql, postgresSql } from './postgres-sql';
import { inTransaction } from './postgres-transaction';

interface DataKeyPut {
  keyId: string;
  wrappedKey: Buffer;
}

export interface PostgresEventStoreOptions {
  connectionString: string;
  /** The schema holding the tables, created at `init()`; default `ledger`. */
  schema?: string;
}

/** Subscribers wake on NOTIFY; the poll bounds their wait when a notification is missed. */
const POLL_INTERVAL_MS = 500;
const SUBSCRIPTION_BATCH_SIZE = 500;
const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 5000;

export class PostgresEventStore implements EventStore {
  private readonly sql: PostgresSql;
  private readonly pool: Pool;
  private readonly notifier: PostgresNotifier;
  private readonly subscriptions: PollingSubscriptions;
  /**
   * Group commit: appends made while a batch is on its way are written together by the next, one round trip
   * and one commit for all. One batch at a time also means that, once it has committed, no older append of
   * this process holds the log back, so the subscribers it wakes read its events at once.
   */
  private readonly appends = new BatchQueue<AppendRequest, AppendResult>(async (batch) => {
    try {
      return await appendBatch(this.pool, this.sql, batch, this.notifier.announcer);
    } finally {
      this.notifier.wakeAll();
    }
  }, appendAdmission);
  /** Commands for new subjects put their data keys in waves: one statement (and commit) per wave. */
  private readonly keyPuts = new BatchQueue<DataKeyPut, void>(async (puts) => {
    try {
      await this.pool.query(this.sql.insertDataKeys, [
        puts.map((put) => put.keyId),
        puts.map((put) => put.wrappedKey),
      ]);
      return puts.map(() => ({ result: undefined }));
    } finally {
      // Its transaction held the log back while it ran, like an append's: have the subscribers look again.
      this.notifier.wakeAll();
    }
  });
  /** Concurrent commands read their streams, then their data keys: one query per kind for a crowd of them. */
  private readonly streamReads = new BatchQueue<string, StoredEvent[]>(async (streamIds) => {
    const [{ streams }] = await this.query<{ streams: StoredEvent[][] }>(this.sql.readStreams, [streamIds]);
    return streams.map((stream) => ({ result: stream }));
  });
  private readonly dataKeyReads = new BatchQueue<string, Buffer | null>(async (keyIds) => {
    const rows = await this.query<{ key_id: string; wrapped_key: Buffer | null }>(this.sql.getDataKeys, [
      keyIds,
    ]);
    const keys = new Map(rows.map((row) => [row.key_id, row.wrapped_key]));
    return keyIds.map((id) => ({ result: keys.get(id) ?? null }));
  });

  constructor(options: PostgresEventStoreOptions) {
    this.sql = postgresSql(options.schema ?? 'ledger');
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle connection that dies (server restart) is reported here; the pool replaces it on next use.
    this.pool.on('error', () => undefined);
    this.notifier = new PostgresNotifier(options.connectionString, this.sql.channel);
    this.subscriptions = new PollingSubscriptions(
      { readAll: (after, limit) => this.readAll(after, limit), watch: (wake) => this.notifier.watch(wake) },
      { pollIntervalMs: POLL_INTERVAL_MS, batchSize: SUBSCRIPTION_BATCH_SIZE },
    );
  }

  /** Creates the schema; the advisory lock lets several processes start at once without racing the DDL. */
  init(): Promise<void> {
    return postgresErrors.guard(() =>
      inTransaction(this.pool, async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [this.sql.migrationLock]);
        await client.query(this.sql.migration);
      }),
    );
  }

  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    await this.notifier.close();
    await this.pool.end();
  }

  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    return postgresErrors.guard(() => {
      assertAppendable(event, options);
      return this.appends.submit({ event, options });
    });
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return postgresErrors.guard(() => this.streamReads.submit(streamId));
  }

  readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    return postgresErrors.guard(async () => {
      const [{ events }] = await this.query<{ events: StoredEvent[] }>(this.sql.readAll, [
        after ?? '0',
        limit,
      ]);
      return events;
    });
  }

  headPosition(): Promise<string | null> {
    return postgresErrors.guard(async () => {
      const { rows } = await this.pool.query<{ position: string }>(this.sql.headPosition);
      return rows[0]?.position ?? null;
    });
  }

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    return postgresErrors.guard(async () => {
      const [found] = await this.query<{ event: StoredEvent; request_hash: string }>(
        this.sql.findIdempotencyKey,
        [keyBytes(key)],
      );
      return found ? { requestHash: found.request_hash, event: found.event } : null;
    });
  }

  getDataKey(keyId: string): Promise<Buffer | null> {
    return postgresErrors.guard(() => {
      assertDataKeyId(keyId);
      return this.dataKeyReads.submit(keyId);
    });
  }

  /**
   * Two statements, not one: under READ COMMITTED a single statement's snapshot would miss the row of a
   * concurrent put that its ON CONFLICT waited for, while the second statement sees it.
   */
  putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    return postgresErrors.guard(async () => {
      assertDataKeyId(keyId);
      await this.keyPuts.submit({ keyId, wrappedKey });
      return this.dataKeyReads.submit(keyId);
    });
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    return this.subscriptions.subscribe(after, onEvents, onError);
  }

  private async query<R extends object>(query: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(query, params)).rows;
  }
}
