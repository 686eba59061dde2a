import Database from 'better-sqlite3';
import { EVENT_COLUMNS, EventRow, toStoredEvent, toStoredEvents } from '../common/event-row';
import { IdempotencyRecord, ReadCheckpoint, StoredEvent } from '../event-store.port';

const COLUMNS = EVENT_COLUMNS.join(', ');

/** The store's reads, prepared once per connection (writes go through the group commit). */
export function prepareSqliteQueries(db: Database.Database) {
  const stream = db
    .prepare<[string], EventRow>(`SELECT ${COLUMNS} FROM events WHERE stream_id = ? ORDER BY revision`)
    .raw();
  const log = db
    .prepare<[bigint, number], EventRow>(
      `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
    )
    .raw();
  const head = db.prepare<[], number | null>('SELECT max(position) FROM events').pluck();
  // The event's columns, then its request's hash.
  const byKey = db
    .prepare<[string], EventRow>(`SELECT ${COLUMNS}, request_hash FROM events WHERE idempotency_key = ?`)
    .raw();
  const dataKey = db
    .prepare<[string], Buffer | null>('SELECT wrapped_key FROM data_keys WHERE key_id = ?')
    .pluck();
  // Exact 64-bit integers: a position may lie beyond a double's 2^53.
  const checkpoint = db
    .prepare<[string], { position: bigint; state: string }>(
      'SELECT position, state FROM read_checkpoints WHERE name = ?',
    )
    .safeIntegers();
  // Each stream once, by its event at revision 0, along the (stream_id, revision) index: one entry per event,
  // in BINARY order (the bytes of UTF-8, so code points).
  const firstStreams = db
    .prepare<[number], string>('SELECT stream_id FROM events WHERE revision = 0 ORDER BY stream_id LIMIT ?')
    .pluck();
  const streamsAfter = db
    .prepare<[string, number], string>(
      'SELECT stream_id FROM events WHERE stream_id > ? AND revision = 0 ORDER BY stream_id LIMIT ?',
    )
    .pluck();
  return {
    readStream: (streamId: string): StoredEvent[] => stream.all(streamId).map(toStoredEvent),
    readAll: (after: string | null, limit: number): StoredEvent[] =>
      toStoredEvents(log.all(after === null ? -1n : BigInt(after), limit)),
    headPosition: (): string | null => {
      const position = head.get();
      return position === null || position === undefined ? null : String(position);
    },
    findIdempotencyKey: (key: string): IdempotencyRecord | null => {
      const row = byKey.get(key);
      return row ? { requestHash: row[EVENT_COLUMNS.length] as string, event: toStoredEvent(row) } : null;
    },
    getDataKey: (keyId: string): Buffer | null => dataKey.get(keyId) ?? null,
    loadCheckpoint: (name: string): ReadCheckpoint | null => {
      const row = checkpoint.get(name);
      return row ? { position: String(row.position), state: row.state } : null;
    },
    streamIds: (after: string | null, limit: number): string[] =>
      after === null ? firstStreams.all(limit) : streamsAfter.all(after, limit),
  };
}

export type SqliteQueries = ReturnType<typeof prepareSqliteQueries>;
