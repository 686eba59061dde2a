import { Pool } from 'pg';
import { assertPageLimit } from '../common/stream-id-order';
import { IdempotencyRecord, StoredEvent } from '../event-store.port';
import { BatchQueue } from './batch-queue';
import { keyBytes } from './postgres-append';
import { PostgresSql } from './postgres-sql';

/**
 * The store's reads, on the readers' pool: streams, the global log, its head, pages of stream ids and the
 * idempotency keys. Errors come back as the driver's; the store translates them.
 */
export class PostgresReads {
  /** Concurrent commands read their streams: one query for a crowd of them. */
  private readonly streams = new BatchQueue<string, StoredEvent[]>(async (streamIds) => {
    const [{ streams }] = await this.query<{ streams: StoredEvent[][] }>(this.sql.readStreams, [streamIds]);
    return streams.map((stream) => ({ result: stream }));
  });

  constructor(
    private readonly sql: PostgresSql,
    private readonly pool: Pool,
  ) {}

  stream(streamId: string): Promise<StoredEvent[]> {
    return this.streams.submit(streamId);
  }

  async all(after: string | null, limit: number): Promise<StoredEvent[]> {
    const [{ events }] = await this.query<{ events: StoredEvent[] }>(this.sql.readAll, [after ?? '0', limit]);
    return events;
  }

  async headPosition(): Promise<string | null> {
    const { rows } = await this.pool.query<{ position: string }>(this.sql.headPosition);
    return rows[0]?.position ?? null;
  }

  async idempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    const [found] = await this.query<{ event: StoredEvent; request_hash: string }>(
      this.sql.findIdempotencyKey,
      [keyBytes(key)],
    );
    return found ? { requestHash: found.request_hash, event: found.event } : null;
  }

  async streamIds(after: string | null, limit: number): Promise<string[]> {
    assertPageLimit(limit);
    const rows = await this.query<{ stream_id: string }>(this.sql.streamIds, [after, limit]);
    return rows.map((row) => row.stream_id);
  }

  private async query<R extends object>(query: string, params: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(query, params)).rows;
  }
}
