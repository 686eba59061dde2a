/**
 * Bits of a position below the appending transaction's id: the event's place in its transaction. One
 * transaction appends a whole batch, so the id alone would not tell its events apart.
 */
const INDEX_BITS = 16;
/** A transaction id as the first position it may give, `INDEX_BITS` to the left. */
export const shifted = (xid: string) => `((${xid})::text::bigint << ${INDEX_BITS})`;

/**
 * The keys destroyed with a batch's appends: `$13` and `$14` pair an append's place in the batch with a key id.
 * Without them, the parameters are only typed, in a CTE that is never run.
 */
const KEEPING = `SELECT $13::bigint[], $14::text[]`;

/** The statement of `append` in `postgresSql` (see there), with or without destroying data keys. */
export function appendStatement(s: string, options: { shreds: boolean }): string {
  const shredding = `
        -- One row per key id: ON CONFLICT DO UPDATE may not touch a row twice in one statement.
        INSERT INTO ${s}.data_keys (key_id, wrapped_key, destroyed_at)
        SELECT DISTINCT ON (doomed.key_id) doomed.key_id, NULL, winners.recorded_at
        FROM unnest($13::bigint[], $14::text[]) AS doomed(index, key_id) JOIN winners USING (index)
        ORDER BY doomed.key_id, index
        ON CONFLICT (key_id) DO UPDATE
          SET wrapped_key = NULL, destroyed_at = coalesce(data_keys.destroyed_at, excluded.destroyed_at)
      `;
  return `
      WITH batch AS (
        SELECT * FROM unnest($1::text[], $2::integer[], $3::text[], $4::text[], $5::text[], $6::text[],
                             $7::text[], $8::text[], $9::text[], $10::text[], $11::bytea[], $12::text[])
          WITH ORDINALITY AS batch(stream_id, revision, event_id, type, occurred_at, recorded_at, actor, data,
                                   prev_hash, hash, idempotency_key, request_hash, index)
      ), checked AS (
        SELECT batch.*,
               (SELECT coalesce(max(revision), -1) FROM ${s}.events WHERE stream_id = batch.stream_id) AS head,
               EXISTS (SELECT FROM ${s}.events WHERE idempotency_key = batch.idempotency_key) AS key_taken
        FROM batch
      ), winners AS (
        SELECT DISTINCT ON (stream_id) * FROM checked
        WHERE head = revision - 1 AND NOT key_taken
        ORDER BY stream_id, index
      ), appended AS (
        INSERT INTO ${s}.events (position, stream_id, revision, event_id, type, occurred_at, recorded_at, actor,
                                 data, prev_hash, hash, idempotency_key, request_hash)
        SELECT (${shifted('pg_current_xact_id()')} + index)::text::xid8, stream_id, revision, event_id, type,
               occurred_at, recorded_at, actor::json, data::json, prev_hash, hash, idempotency_key, request_hash
        FROM winners
        RETURNING position, event_id
      ), shredded AS (${options.shreds ? shredding : KEEPING}), notified AS (
        SELECT pg_notify($15, $16) WHERE EXISTS (SELECT FROM appended)
      )
      SELECT appended.position::text AS position, coalesce(winners.revision, checked.head) AS head,
             checked.key_taken
      FROM checked
        LEFT JOIN winners USING (stream_id)
        LEFT JOIN appended ON appended.event_id = checked.event_id
        LEFT JOIN notified ON true
      ORDER BY checked.index`;
}
