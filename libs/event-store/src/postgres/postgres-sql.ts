import { appendStatement, shifted } from './postgres-append-sql';

/**
 * The most appends one transaction holds: their indexes (from 1) fit well in `INDEX_BITS`, and the statement
 * stays short, as every reader of the log waits for it.
 */
export const MAX_APPENDS_PER_TRANSACTION = 1000;

/**
 * The adapter's SQL, for one schema. `position` is the appending transaction's id (`pg_current_xact_id()`)
 * shifted left by `INDEX_BITS`, plus the event's index in that transaction's batch: unique, and in the order
 * of the ids. Readers of the log only see events of transactions below the oldest one still running
 * (`pg_snapshot_xmin`), so a transaction that took a lower id but commits later can never be skipped: see
 * docs/event-stores.md, "the gap problem". The column keeps its type `xid8` (an unsigned 64-bit integer)
 * so logs written before the shift read on as they were: their positions (plain ids) all come first.
 */
export function postgresSql(schema: string) {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) throw new RangeError(`unusable schema name: ${schema}`);
  const s = `"${schema}"`;
  /**
   * An `events` row as the port's StoredEvent, built by the server as JSON, which `pg` parses in one go: much
   * less work for this process than a row of eleven fields turned into an event. `actor` and `data` are `json`,
   * whose text goes in as it was stored, so they parse to the very values that were hashed.
   */
  const storedEvent = (e: string) =>
    `json_build_object('eventId', ${e}.event_id, 'streamId', ${e}.stream_id, 'revision', ${e}.revision,
                       'position', ${e}.position::text, 'type', ${e}.type, 'occurredAt', ${e}.occurred_at,
                       'recordedAt', ${e}.recorded_at, 'actor', ${e}.actor, 'data', ${e}.data,
                       'prevHash', ${e}.prev_hash, 'hash', ${e}.hash)`;
  const settled = `position < ${shifted('pg_snapshot_xmin(pg_current_snapshot())')}::text::xid8`;

  return {
    /**
     * Notifications are per database; the schema in the channel keeps two ledgers sharing one apart. Cut to
     * fit the 63-byte limit: a clash of long names only costs needless wake-ups.
     */
    channel: `${schema.slice(0, 54)}_appended`,
    migrationLock: `basis-ledger:migrate:${schema}`,
    /** The log's table, as `to_regclass` takes it: whether a ledger is in this schema. */
    eventsTable: `${s}.events`,
    // Times stay text: they are hashed as the exact strings given. `json` (not `jsonb`) keeps the text as
    // written and accepts any string, NUL escapes included. The idempotency key is bytes for the same reason.
    migration: `
      CREATE SCHEMA IF NOT EXISTS ${s};
      CREATE TABLE IF NOT EXISTS ${s}.events (
        position        xid8    NOT NULL,
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
      -- Each stream once (its event at revision 0), in code point order whatever the database's collation:
      -- streamIds pages through it. Only when missing: even CREATE INDEX IF NOT EXISTS would take a lock that
      -- holds every append meanwhile. An older log gets it at its first start, in one pass over the table.
      DO $$ BEGIN
        IF to_regclass('${s}.events_stream_ids') IS NULL THEN
          CREATE INDEX events_stream_ids ON ${s}.events (stream_id COLLATE "C") WHERE revision = 0;
        END IF;
      END $$;
      -- The read side's saved state, to start from instead of replaying the log; no event, not hashed.
      CREATE TABLE IF NOT EXISTS ${s}.read_checkpoints (
        name     text   PRIMARY KEY,
        position bigint NOT NULL,
        state    text   NOT NULL
      );
      CREATE TABLE IF NOT EXISTS ${s}.data_keys (
        key_id       text PRIMARY KEY,
        wrapped_key  bytea,
        destroyed_at text
      );
      -- ANALYZE would copy sample values of the column, wrapped keys, into pg_statistic, out of an erasure's reach.
      DO $$ BEGIN
        IF (SELECT attstattarget FROM pg_attribute
            WHERE attrelid = '${s}.data_keys'::regclass AND attname = 'wrapped_key') <> 0
        THEN
          ALTER TABLE ${s}.data_keys ALTER COLUMN wrapped_key SET STATISTICS 0;
        END IF;
      END $$;
      -- Before keys had scopes they were keyed by stream_id. Its values, subject ids, are the key ids the API
      -- uses for a subject's own key, so the rename keeps every key and tombstone in force.
      DO $$ BEGIN
        IF EXISTS (SELECT FROM information_schema.columns
                   WHERE table_schema = '${schema}' AND table_name = 'data_keys' AND column_name = 'stream_id')
        THEN
          ALTER TABLE ${s}.data_keys RENAME COLUMN stream_id TO key_id;
        END IF;
      END $$;
      -- Logs made before positions were shifted gave the plain id by default. Without it, a process still
      -- running that older version fails its appends rather than writing positions behind the log's head.
      -- Only when there is one: the ALTER would lock out every reader and writer of the table meanwhile.
      DO $$ BEGIN
        IF (SELECT column_default FROM information_schema.columns
            WHERE table_schema = '${schema}' AND table_name = 'events' AND column_name = 'position') IS NOT NULL
        THEN
          ALTER TABLE ${s}.events ALTER COLUMN position DROP DEFAULT;
        END IF;
      END $$;`,
    /** The constraints a concurrent append can break, which make this append a refusal. */
    conflictConstraints: ['events_stream_revision_key', 'events_idempotency_key_key'],

    /**
     * The settled events among the next `$2`: as the unsettled ones all come after the settled ones, that is
     * the next `$2` settled events. Asked in one WHERE, PostgreSQL cannot estimate how many rows lie between
     * the two bounds and may plan to sort every event after `$1`; this way it walks the index for `$2` rows.
     * Ordered by the column (`events.position`): a bare `position` in ORDER BY would be the text of the select
     * list, in an order that is not the numbers' and that no index serves.
     */
    readAll: `SELECT coalesce(json_agg(${storedEvent('page')} ORDER BY page.position), '[]') AS events
       FROM (SELECT * FROM ${s}.events WHERE position > $1::xid8 ORDER BY events.position LIMIT $2) AS page
       WHERE ${settled}`,
    headPosition: `SELECT position::text AS position FROM ${s}.events
       WHERE ${settled} ORDER BY events.position DESC LIMIT 1`,
    findIdempotencyKey: `SELECT ${storedEvent('events')} AS event, request_hash
                         FROM ${s}.events WHERE idempotency_key = $1`,
    keyTaken: `SELECT 1 FROM ${s}.events WHERE idempotency_key = $1`,
    streamRevision: `SELECT max(revision) AS revision FROM ${s}.events WHERE stream_id = $1`,
    /**
     * A batch of appends in one statement, so one round trip and one commit. Each append is checked against
     * the rows committed before the batch: its idempotency key unused, its stream at the revision before its
     * own. Appends of a stream in one batch all expect the same revision (`appendAdmission`): the first that
     * passes is inserted, and the others are refused as behind it. With the appends that pass, the data keys
     * they list are destroyed: `$13` and `$14` pair an append's place in the batch with a key id, as many
     * pairs as it lists (a tombstone: the row stays with no key, so putDataKeyIfAbsent never stores one
     * again). The store's channel is notified with the announcer's id (`$16`), so that process can tell its
     * own notifications apart. One row back per append, in order: its position, or none with the stream's
     * head (after the batch) and whether the key was taken. A concurrent append of another process that
     * passed the same check breaks a unique constraint instead.
     */
    append: appendStatement(s, { shreds: true }),
    /** The same without destroying keys: it does not touch `data_keys`, so a rewrite of that table holds it not. */
    appendKeepingKeys: appendStatement(s, { shreds: false }),
    /** Rewrites the key table, so no destroyed key stays in its files (see `KeyPurge`). */
    purgeDataKeys: `VACUUM (FULL) ${s}.data_keys`,
    /** Several streams' events at once: one list per stream asked for, in the order asked, in revision order. */
    readStreams: `
      SELECT json_agg((SELECT coalesce(json_agg(${storedEvent('events')} ORDER BY revision), '[]')
                       FROM ${s}.events WHERE stream_id = wanted.stream_id)
                      ORDER BY wanted.index) AS streams
      FROM unnest($1::text[]) WITH ORDINALITY AS wanted(stream_id, index)`,
    /** Data keys put in a batch: the first for a key id wins, and none where one is (or was) already. */
    insertDataKeys: `INSERT INTO ${s}.data_keys (key_id, wrapped_key)
       SELECT * FROM unnest($1::text[], $2::bytea[]) ON CONFLICT DO NOTHING`,
    loadCheckpoint: `SELECT position::text AS position, state FROM ${s}.read_checkpoints WHERE name = $1`,
    /** Saves unless the checkpoint saved under the name is further on; the row lock orders concurrent saves. */
    saveCheckpoint: `INSERT INTO ${s}.read_checkpoints AS saved (name, position, state) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET position = EXCLUDED.position, state = EXCLUDED.state
         WHERE saved.position <= EXCLUDED.position`,
    /**
     * A page of stream ids from `events_stream_ids`: the conditions and the order name its collation, which
     * the column's own (the database's, perhaps a locale's) would not match. `$1` NULL reads from the first.
     */
    streamIds: `SELECT stream_id FROM ${s}.events
       WHERE revision = 0 AND ($1::text IS NULL OR stream_id COLLATE "C" > $1)
       ORDER BY stream_id COLLATE "C" LIMIT $2`,
    /** Several key ids' rows; a tombstone (destroyed key) has `wrapped_key` NULL. */
    getDataKeys: `SELECT key_id, wrapped_key FROM ${s}.data_keys WHERE key_id = ANY($1::text[])`,
  };
}

export type PostgresSql = ReturnType<typeof postgresSql>;
