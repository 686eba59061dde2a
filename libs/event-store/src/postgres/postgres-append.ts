import { Pool, PoolClient } from 'pg';
import {
  AppendOptions,
  AppendResult,
  EventToAppend,
  IdempotencyKeyTaken,
  WrongExpectedRevision,
} from '../event-store.port';
import { violatedConstraint } from './postgres-errors';
import { PostgresSql } from './postgres-sql';

type Queryable = Pool | PoolClient;

/**
 * Appends inside the caller's transaction: checks the stream's revision, inserts (the unique constraints
 * catch a concurrent append that passed the same check), destroys the data key if asked, and notifies
 * subscribers, all of which take effect at COMMIT or not at all.
 */
export async function appendInTransaction(
  client: PoolClient,
  sql: PostgresSql,
  event: EventToAppend,
  options: AppendOptions,
): Promise<AppendResult> {
  if ((await streamRevision(client, sql, event.streamId)) !== options.expectedRevision) {
    throw await refusal(client, sql, event, options);
  }
  const { rows } = await client.query<{ position: string }>(sql.insertEvent, [
    event.streamId,
    event.revision,
    event.eventId,
    event.type,
    event.occurredAt,
    event.recordedAt,
    JSON.stringify(event.actor),
    JSON.stringify(event.data),
    event.prevHash,
    event.hash,
    keyBytes(options.idempotencyKey),
    options.idempotencyKey === undefined ? null : (options.requestHash ?? ''),
  ]);
  if (options.destroyDataKey) await client.query(sql.destroyDataKey, [event.streamId, event.recordedAt]);
  await client.query(sql.notify, [sql.channel, rows[0].position]);
  return { position: rows[0].position, revision: event.revision };
}

/** Whether a failed append lost a race to a concurrent one, which makes it a refusal rather than a fault. */
export function isConflict(sql: PostgresSql, error: unknown): boolean {
  const constraint = violatedConstraint(error);
  return constraint !== null && sql.conflictConstraints.includes(constraint);
}

/**
 * Why the append is refused. The key is checked first: a retry arrives after its own append moved the
 * stream on, and must learn that its key was used, not that the stream moved.
 */
export async function refusal(
  db: Queryable,
  sql: PostgresSql,
  event: EventToAppend,
  options: AppendOptions,
): Promise<Error> {
  if (options.idempotencyKey !== undefined) {
    const { rowCount } = await db.query(sql.keyTaken, [keyBytes(options.idempotencyKey)]);
    if (rowCount) return new IdempotencyKeyTaken(options.idempotencyKey);
  }
  const actual = await streamRevision(db, sql, event.streamId);
  return new WrongExpectedRevision(event.streamId, options.expectedRevision, actual);
}

export function keyBytes(key: string | undefined): Buffer | null {
  return key === undefined ? null : Buffer.from(key, 'utf8');
}

async function streamRevision(db: Queryable, sql: PostgresSql, streamId: string): Promise<number> {
  const { rows } = await db.query<{ revision: number | null }>(sql.streamRevision, [streamId]);
  return rows[0].revision ?? -1;
}
