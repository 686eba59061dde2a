import Database from 'better-sqlite3';
import {
  AppendOptions,
  AppendResult,
  EventToAppend,
  IdempotencyKeyTaken,
  WrongExpectedRevision,
} from '../event-store.port';
import { isConstraintViolation } from './sqlite-errors';

export interface AppendRequest {
  event: EventToAppend;
  options: AppendOptions;
}

/**
 * An append's outcome within a batch: its result, or the error that refused it alone. Tagged, not told
 * apart by `instanceof Error`: a SqliteError's class may come from another realm (jest gives each test
 * file its own), and then a refusal would pass for a result.
 */
export type AppendOutcome = { result: AppendResult } | { error: Error };

export type BatchWriter = (batch: readonly AppendRequest[]) => AppendOutcome[];

/**
 * Writes a batch of appends in ONE immediate transaction (one fsync), each append in its own savepoint:
 * an append that is refused rolls back alone, and every check runs against the rows written so far,
 * earlier appends of the same batch included. An operational failure (disk full, I/O) fails the batch.
 */
export function sqliteBatchWriter(db: Database.Database): BatchWriter {
  const keyTaken = db.prepare('SELECT 1 FROM events WHERE idempotency_key = ?').pluck();
  const headRevision = db.prepare('SELECT max(revision) FROM events WHERE stream_id = ?').pluck();
  const insertEvent = db.prepare(`
    INSERT INTO events (stream_id, revision, event_id, type, occurred_at, recorded_at, actor, data,
                        prev_hash, hash, idempotency_key, request_hash)
    VALUES (@streamId, @revision, @eventId, @type, @occurredAt, @recordedAt, @actor, @data,
            @prevHash, @hash, @idempotencyKey, @requestHash)`);
  const destroyKey = db.prepare(`
    INSERT INTO data_keys (stream_id, wrapped_key, destroyed_at) VALUES (?, NULL, ?)
    ON CONFLICT (stream_id) DO UPDATE
      SET wrapped_key = NULL, destroyed_at = coalesce(data_keys.destroyed_at, excluded.destroyed_at)`);

  const appendOne = db.transaction(({ event, options }: AppendRequest): AppendResult => {
    // The key is checked before the revision: a retry arrives after its own append moved the stream on.
    if (options.idempotencyKey !== undefined && keyTaken.get(options.idempotencyKey)) {
      throw new IdempotencyKeyTaken(options.idempotencyKey);
    }
    const head = (headRevision.get(event.streamId) as number | null) ?? -1;
    if (head !== options.expectedRevision) {
      throw new WrongExpectedRevision(event.streamId, options.expectedRevision, head);
    }
    const { lastInsertRowid } = insertEvent.run({
      ...event,
      actor: JSON.stringify(event.actor),
      data: JSON.stringify(event.data),
      idempotencyKey: options.idempotencyKey ?? null,
      requestHash: options.idempotencyKey === undefined ? null : (options.requestHash ?? ''),
    });
    if (options.destroyDataKey) destroyKey.run(event.streamId, event.recordedAt);
    return { position: String(lastInsertRowid), revision: event.revision };
  });

  const appendAll = db.transaction((batch: readonly AppendRequest[]): AppendOutcome[] =>
    batch.map((request): AppendOutcome => {
      try {
        return { result: appendOne(request) };
      } catch (error) {
        if (error instanceof WrongExpectedRevision || error instanceof IdempotencyKeyTaken) return { error };
        if (isConstraintViolation(error)) return { error: error as Error };
        throw error;
      }
    }),
  );

  return (batch) => appendAll.immediate(batch);
}
