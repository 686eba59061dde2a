/**
 * The adapter's SQL, for one schema. `position` is the appending transaction's id (`pg_current_xact_id()`,
 * a 64-bit `xid8`); one event per transaction makes it unique. Readers of the log only see positions below
 * the oldest transaction still running (`pg_snapshot_xmin`), so a transaction that took a lower id but
 * commits later can never be skipped: see docs/event-stores.md, "the gap problem".
 */
export function postgresSql(schema: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new RangeError(`unusable schema name: ${schema}`);
  const s = `"${schema}"`;
  const columns = `position::text AS position, stream_id, revision, event_id, type, occurred_at, recorded_at,
                   actor::text AS actor, data::text AS data, prev_hash, hash`;
  const settled = 'position < pg_snapshot_xmin(pg_current_snapshot())';

  return {
    /**
     * Notifications are per database; the schema in the channel keeps two ledgers sharing one apart. Cut to
     * fit the 63-byte limit: a clash of long names only costs needless wake-ups.
     */
    channel: `${schema.slice(0, 54)}_appended`,
    migrationLock: `basis-ledger:migrate:${schema}`,
    // Times stay text: they are hashed as the exact strings given. `json` (not `jsonb`) keeps the text as
    // written and accepts any string, NUL escapes included. The idempotency key is bytes for the same reason.
    migration: `
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.events (
        position        xid8    NOT NULL DEFAULT pg_current_xact_id(),
        stream_id       text    NOT NULL,
        revision        integer NOT NULL,
        event_id        text    NOT NULL,
        type            text    NOT NULL,
        occurred_at     text    NOT NULL,
        recorded_at     text    NOT NULL,
        actor           json    NOT NULL,
        data            json    NOT NULL,
        prev_hash       text    NOT NULL,
        hash            text    NOT NULL,
        idempotency_key bytea,
        request_hash    text,
        CONSTRAINT events_position_key PRIMARY KEY (position),
        CONSTRAINT events_stream_revision_key UNIQUE (stream_id, revision),
        CONSTRAINT events_event_id_key UNIQUE (event_id),
        CONSTRAINT events_idempotency_key_key UNIQUE (idempotency_key)
      );
      CREATE TABLE IF NOT EXISTS ${s}.data_keys (
        stream_id    text PRIMARY KEY,
        wrapped_key  bytea,
        destroyed_at text
      );`,
    /** The constraints a concurrent append can break, which make this append a refusal. */
    conflictConstraints: ['events_stream_revision_key', 'events_idempotency_key_key'],

    readStream: `SELECT ${columns} FROM ${s}.events WHERE stream_id = $1 ORDER BY revision`,
    readAll: `SELECT ${columns} FROM ${s}.events
              WHERE position > $1::xid8 AND ${settled} ORDER BY position LIMIT $2`,
    headPosition: `SELECT position::text AS position FROM ${s}.events
                   WHERE ${settled} ORDER BY position DESC LIMIT 1`,
    findIdempotencyKey: `SELECT ${columns}, request_hash FROM ${s}.events WHERE idempotency_key = $1`,
    keyTaken: `SELECT 1 FROM ${s}.events WHERE idempotency_key = $1`,
    streamRevision: `SELECT max(revision) AS revision FROM ${s}.events WHERE stream_id = $1`,
    /**
     * The whole append in one statement, so one round trip: the revision check, the insert, the data key's
     * destruction on erasure (a tombstone: the row stays with no key, so putDataKeyIfAbsent never stores one
     * again), all in the statement's transaction (its own, or the caller's). No row back: the stream was not
     * at the expected revision. A concurrent append that passed the same check breaks a unique constraint
     * instead. `appendAndNotify` also wakes subscribers at COMMIT: see `PostgresNotifier.carryNotify`.
     */
    append: appendStatement(s, ''),
    appendAndNotify: appendStatement(s, ', pg_notify($15, NULL)'),
    insertDataKey: `INSERT INTO ${s}.data_keys (stream_id, wrapped_key) VALUES ($1, $2) ON CONFLICT DO NOTHING`,
    getDataKey: `SELECT wrapped_key FROM ${s}.data_keys WHERE stream_id = $1`,
    notify: 'SELECT pg_notify($1, NULL)',
  };
}

function appendStatement(s: string, alsoSelect: string): string {
  return `
    WITH head AS (
      SELECT coalesce(max(revision), -1) AS revision FROM ${s}.events WHERE stream_id = $1
    ), appended AS (
      INSERT INTO ${s}.events (stream_id, revision, event_id, type, occurred_at, recorded_at, actor, data,
                               prev_hash, hash, idempotency_key, request_hash)
      SELECT $1, $2::integer, $3, $4, $5, $6, $7::json, $8::json, $9, $10, $11::bytea, $12
      FROM head WHERE head.revision = $13::integer
      RETURNING position, stream_id, recorded_at
    ), shredded AS (
      INSERT INTO ${s}.data_keys (stream_id, wrapped_key, destroyed_at)
      SELECT stream_id, NULL, recorded_at FROM appended WHERE $14::boolean
      ON CONFLICT (stream_id) DO UPDATE
        SET wrapped_key = NULL, destroyed_at = coalesce(data_keys.destroyed_at, excluded.destroyed_at)
    )
    SELECT position::text AS position${alsoSelect} FROM appended`;
}

export type PostgresSql = ReturnType<typeof postgresSql>;
