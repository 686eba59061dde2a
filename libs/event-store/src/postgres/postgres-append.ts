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
 * Appends in one statement, one round trip: in its own transaction, or in the caller's when `db` is a client
 * inside one (see `PostgresSql.append`). Everything takes effect at COMMIT or not at all; with `notify`, so
 * does a NOTIFY on the store's channel.
 */
export async function appendEvent(
  db: Queryable,
  sql: PostgresSql,
  event: EventToAppend,
  options: AppendOptions,
  notify = true,
): Promise<AppendResult> {
  const statement = notify ? sql.appendAndNotify : sql.append;
  const { rows } = await db.query<{ position: string }>(statement, [
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
    options.expectedRevision,
    options.destroyDataKey === true,
    ...(notify ? [sql.channel] : []),
  ]);
  if (rows.length === 0) throw await refusal(db, sql, event, options);
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
