import { Pool } from 'pg';
import { assertAppendable } from '../common/appendable';
import { EventRow, toStoredEvent } from '../common/event-row';
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
import { appendEvent, isConflict, keyBytes, refusal } from './postgres-append';
import { postgresErrors } from './postgres-errors';
import { PostgresNotifier } from './postgres-notifier';
import { PostgresSql, postgresSql } from './postgres-sql';
import { inTransaction } from './postgres-transaction';

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

  constructor(options: PostgresEventStoreOptions) {
    this.sql = postgresSql(options.schema ?? 'ledger');
    this.pool = new Pool({
      connectionString: options.connectionString,
      max: POOL_SIZE,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    });
    // An idle connection that dies (server restart) is reported here; the pool replaces it on next use.
    this.pool.on('error', () => undefined);
    this.notifier = new PostgresNotifier(options.connectionString, this.sql.channel, () =>
      this.pool.query(this.sql.notify, [this.sql.channel]),
    );
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
    assertAppendable(event, options);
    return postgresErrors.guard(async () => {
      const carried = this.notifier.carryNotify();
      try {
        return await appendEvent(this.pool, this.sql, event, options, carried);
      } catch (error) {
        if (isConflict(this.sql, error)) throw await refusal(this.pool, this.sql, event, options);
        throw error;
      } finally {
        this.notifier.appended(carried);
      }
    });
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return this.events(this.sql.readStream, [streamId]);
  }

  readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    return this.events(this.sql.readAll, [after ?? '0', limit]);
  }

  headPosition(): Promise<string | null> {
    return postgresErrors.guard(async () => {
      const { rows } = await this.pool.query<{ position: string }>(this.sql.headPosition);
      return rows[0]?.position ?? null;
    });
  }

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    return postgresErrors.guard(async () => {
      const { rows } = await this.pool.query<EventRow & { request_hash: string }>(
        this.sql.findIdempotencyKey,
        [keyBytes(key)],
      );
      return rows[0] ? { requestHash: rows[0].request_hash, event: toStoredEvent(rows[0]) } : null;
    });
  }

  getDataKey(streamId: string): Promise<Buffer | null> {
    return postgresErrors.guard(() => this.dataKey(streamId));
  }

  /**
   * Two statements, not one: under READ COMMITTED a single statement's snapshot would miss the row of a
   * concurrent put that its ON CONFLICT waited for, while the second statement sees it.
   */
  putDataKeyIfAbsent(streamId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    return postgresErrors.guard(async () => {
      await this.pool.query(this.sql.insertDataKey, [streamId, wrappedKey]);
      return this.dataKey(streamId);
    });
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    return this.subscriptions.subscribe(after, onEvents, onError);
  }

  private async dataKey(streamId: string): Promise<Buffer | null> {
    const { rows } = await this.pool.query<{ wrapped_key: Buffer | null }>(this.sql.getDataKey, [streamId]);
    return rows[0]?.wrapped_key ?? null;
  }

  private events(query: string, params: unknown[]): Promise<StoredEvent[]> {
    return postgresErrors.guard(async () =>
      (await this.pool.query<EventRow>(query, params)).rows.map(toStoredEvent),
    );
  }
}
