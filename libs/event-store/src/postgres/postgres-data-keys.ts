import { Pool } from 'pg';
import { assertDataKeyId } from '../common/data-key-id';
import { BatchQueue } from './batch-queue';
import { KeyPurge } from './postgres-key-purge';
import { PostgresSql } from './postgres-sql';
import { PostgresWrites } from './postgres-writes';

/** How long a rewrite of the key table waits for its lock, which holds key reads and erasures meanwhile. */
const PURGE_LOCK_TIMEOUT_MS = 250;
const PURGE_RETRY_MS = 1000;

interface DataKeyPut {
  keyId: string;
  wrappedKey: Buffer;
}

/**
 * The store's data keys: reads and puts batched across concurrent commands, and the rewrite of the key table
 * that an erasure waits for (`KeyPurge`). Errors come back as the driver's; the store translates them.
 */
export class PostgresDataKeys {
  private readonly keyPurge: KeyPurge;
  /** Commands for new subjects put their data keys in waves: one statement (and commit) per wave. */
  private readonly puts: BatchQueue<DataKeyPut, void>;
  /** Concurrent commands read their data keys after their streams: one query for a crowd of them. */
  private readonly reads: BatchQueue<string, Buffer | null>;

  constructor(
    sql: PostgresSql,
    pool: Pool,
    writes: PostgresWrites,
    // A put's transaction holds the log back while it runs, like an append's: the subscribers look again after.
    wakeSubscribers: () => void,
  ) {
    this.keyPurge = new KeyPurge({
      rewrite: () => writes.runUnbounded(sql.purgeDataKeys, PURGE_LOCK_TIMEOUT_MS),
      retryMs: PURGE_RETRY_MS,
    });
    this.puts = new BatchQueue(
      (puts, deadline) =>
        writes.run(deadline, async (client) => {
          try {
            await client.query(sql.insertDataKeys, [
              puts.map((put) => put.keyId),
              puts.map((put) => put.wrappedKey),
            ]);
            return puts.map(() => ({ result: undefined }));
          } finally {
            wakeSubscribers();
          }
        }),
      { deadline: writes.deadline },
    );
    this.reads = new BatchQueue(async (keyIds) => {
      const { rows } = await pool.query<{ key_id: string; wrapped_key: Buffer | null }>(sql.getDataKeys, [
        keyIds,
      ]);
      const keys = new Map(rows.map((row) => [row.key_id, row.wrapped_key]));
      return keyIds.map((id) => ({ result: keys.get(id) ?? null }));
    });
  }

  get(keyId: string): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    return this.reads.submit(keyId);
  }

  /**
   * Two statements, not one: under READ COMMITTED a single statement's snapshot would miss the row of a
   * concurrent put that its ON CONFLICT waited for, while the second statement sees it.
   */
  async putIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    await this.puts.submit({ keyId, wrappedKey });
    return this.reads.submit(keyId);
  }

  /** Resolves once the key table is rewritten without the keys an append destroyed (`KeyPurge`). */
  purgeDestroyed(): Promise<void> {
    return this.keyPurge.purge();
  }

  /** Waits for the rewrite under way, and starts no more. */
  close(): Promise<void> {
    return this.keyPurge.close();
  }
}
