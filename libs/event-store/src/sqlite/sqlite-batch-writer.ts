import Database from 'better-sqlite3';
import {
  AppendOptions,
  AppendResult,
  EventToAppend,
  IdempotencyKeyTaken,
  ReadCheckpoint,
  WrongExpectedRevision,
} from '../event-store.port';
import { Outcome } from '../common/outcome';
import { isConstraintViolation } from './sqlite-errors';

export interface AppendRequest {
  event: EventToAppend;
  options: AppendOptions;
}

/** A data key to store unless its key id has (or had) one: `putDataKeyIfAbsent` in the batch. */
export interface PutKeyRequest {
  putKey: { keyId: string; wrappedKey: Buffer };
}

/** A read checkpoint to save unless the one saved under its name is further on: `saveCheckpoint`. */
export interface SaveCheckpointRequest {
  saveCheckpoint: { name: string; checkpoint: ReadCheckpoint };
}

export type WriteRequest = AppendRequest | PutKeyRequest | SaveCheckpointRequest;

/**
 * A write's outcome within a batch: its result (the key in force, for a put; nothing, for a checkpoint), or
 * what refused it alone.
 */
export type WriteOutcome = Outcome<AppendResult | Buffer | null | undefined>;

export type BatchWriter = (batch: readonly WriteRequest[]) => WriteOutcome[];

/**
 * Writes a batch in ONE immediate transaction (one fsync), each write in its own savepoint: an append that
 * is refused rolls back alone, and every check runs against the rows written so far, earlier writes of the
 * same batch included. An operational failure (disk full, I/O) fails the batch.
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
    INSERT INTO data_keys (key_id, wrapped_key, destroyed_at) VALUES (?, NULL, ?)
    ON CONFLICT (key_id) DO UPDATE
      SET wrapped_key = NULL, destroyed_at = coalesce(data_keys.destroyed_at, excluded.destroyed_at)`);
  const insertKey = db.prepare(
    'INSERT INTO data_keys (key_id, wrapped_key) VALUES (?, ?) ON CONFLICT (key_id) DO NOTHING',
  );
  const dataKey = db.prepare('SELECT wrapped_key FROM data_keys WHERE key_id = ?').pluck();
  const upsertCheckpoint = db.prepare(`
    INSERT INTO read_checkpoints (name, position, state) VALUES (?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET position = excluded.position, state = excluded.state
      WHERE read_checkpoints.position <= excluded.position`);

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
    for (const keyId of options.destroyDataKeys ?? []) destroyKey.run(keyId, event.recordedAt);
    return { position: String(lastInsertRowid), revision: event.revision };
  });

  const putKey = ({ putKey: { keyId, wrappedKey } }: PutKeyRequest): Buffer | null => {
    insertKey.run(keyId, wrappedKey);
    return (dataKey.get(keyId) as Buffer | null | undefined) ?? null;
  };

  const writeAll = db.transaction((batch: readonly WriteRequest[]): WriteOutcome[] =>
    batch.map((request) => {
      if ('putKey' in request) return { result: putKey(request) };
      if ('saveCheckpoint' in request) {
        const { name, checkpoint } = request.saveCheckpoint;
        upsertCheckpoint.run(name, BigInt(checkpoint.position), checkpoint.state);
        return { result: undefined };
      }
      try {
        return { result: appendOne(request) };
      } catch (error) {
        if (error instanceof WrongExpectedRevision || error instanceof IdempotencyKeyTaken)
          return { failure: error };
        if (isConstraintViolation(error)) return { failure: error };
        throw error;
      }
    }),
  );

  return (batch) => writeAll.immediate(batch);
}
