import { Pool, PoolClient } from 'pg';
import {
  AppendOptions,
  AppendResult,
  EventToAppend,
  IdempotencyKeyTaken,
  WrongExpectedRevision,
} from '../event-store.port';
import { Outcome } from '../common/outcome';
import { BatchAdmission } from './batch-queue';
import { violatedConstraint } from './postgres-errors';
import { MAX_APPENDS_PER_TRANSACTION, PostgresSql } from './postgres-sql';

type Queryable = Pool | PoolClient;

export interface AppendRequest {
  event: EventToAppend;
  options: AppendOptions;
}

interface AppendRow {
  position: string | null;
  head: number;
  key_taken: boolean;
}

/**
 * Which appends join a batch, in arrival order. Each is checked against what was committed before the batch,
 * so a stream's appends in one batch must compete for the same revision (one of them wins), and a key may
 * come once. An append left out keeps its stream (and key) for itself: later appends touching them wait
 * behind it, so a stream's appends are judged in the order they were made.
 */
export const appendAdmission: BatchAdmission<AppendRequest> = () => {
  /** Per stream: the revision its admitted appends compete for, or `null` once one of its appends waits. */
  const streams = new Map<string, number | null>();
  const keys = new Set<string>();
  let admitted = 0;
  return ({ event, options }) => {
    const key = options.idempotencyKey;
    const competing = streams.get(event.streamId);
    const admit =
      admitted < MAX_APPENDS_PER_TRANSACTION &&
      (competing === undefined || competing === event.revision) &&
      (key === undefined || !keys.has(key));
    streams.set(event.streamId, admit ? event.revision : null);
    if (key !== undefined) keys.add(key);
    if (admit) admitted++;
    return admit;
  };
};

/**
 * Appends a batch in one statement (see `PostgresSql.append`): one round trip, one commit, in its own
 * transaction or in the caller's when `db` is a client inside one. Each append is checked alone, and one
 * refused leaves the others be. When the batch breaks a unique constraint (an append of another process
 * got there first, or an event id is used twice), none of it was written: its appends are made again one
 * at a time, so that only the one at fault fails. `announcer` goes with the NOTIFY (see `PostgresNotifier`).
 */
export async function appendBatch(
  db: Queryable,
  sql: PostgresSql,
  batch: readonly AppendRequest[],
  announcer: string,
): Promise<Outcome<AppendResult>[]> {
  try {
    return await appendInOneStatement(db, sql, batch, announcer);
  } catch (error) {
    if (violatedConstraint(error) === null) throw error;
    if (batch.length === 1) {
      return [{ failure: isConflict(sql, error) ? await refusal(db, sql, batch[0]) : error }];
    }
    const outcomes: Outcome<AppendResult>[] = [];
    for (const request of batch) outcomes.push(...(await appendBatch(db, sql, [request], announcer)));
    return outcomes;
  }
}

/** One append, as `appendBatch` makes it: resolves to its result or rejects with what refused it. */
export async function appendEvent(
  db: Queryable,
  sql: PostgresSql,
  event: EventToAppend,
  options: AppendOptions,
  announcer = '',
): Promise<AppendResult> {
  const [outcome] = await appendBatch(db, sql, [{ event, options }], announcer);
  if ('failure' in outcome) throw outcome.failure;
  return outcome.result;
}

async function appendInOneStatement(
  db: Queryable,
  sql: PostgresSql,
  batch: readonly AppendRequest[],
  announcer: string,
): Promise<Outcome<AppendResult>[]> {
  const column = <T>(of: (event: EventToAppend, options: AppendOptions) => T): T[] =>
    batch.map(({ event, options }) => of(event, options));
  // Each key id to destroy, with the place (from 1, as WITH ORDINALITY counts) of the append listing it.
  const doomed = batch.flatMap(({ options }, i) =>
    (options.destroyDataKeys ?? []).map((keyId) => ({ index: i + 1, keyId })),
  );
  const statement = doomed.length > 0 ? sql.append : sql.appendKeepingKeys;
  const { rows } = await db.query<AppendRow>(statement, [
    column((event) => event.streamId),
    column((event) => event.revision),
    column((event) => event.eventId),
    column((event) => event.type),
    column((event) => event.occurredAt),
    column((event) => event.recordedAt),
    column((event) => JSON.stringify(event.actor)),
    column((event) => JSON.stringify(event.data)),
    column((event) => event.prevHash),
    column((event) => event.hash),
    column((_, options) => keyBytes(options.idempotencyKey)),
    column((_, options) => (options.idempotencyKey === undefined ? null : (options.requestHash ?? ''))),
    doomed.map(({ index }) => index),
    doomed.map(({ keyId }) => keyId),
    sql.channel,
    announcer,
  ]);
  return rows.map((row, i) => {
    const { event, options } = batch[i];
    if (row.position !== null) return { result: { position: row.position, revision: event.revision } };
    // The key first: a retry arrives after its own append moved the stream on, and must learn that its key
    // was used, not that the stream moved.
    if (row.key_taken) return { failure: new IdempotencyKeyTaken(options.idempotencyKey as string) };
    return { failure: new WrongExpectedRevision(event.streamId, options.expectedRevision, row.head) };
  });
}

/** Whether a failed append lost a race to a concurrent one, which makes it a refusal rather than a fault. */
function isConflict(sql: PostgresSql, error: unknown): boolean {
  const constraint = violatedConstraint(error);
  return constraint !== null && sql.conflictConstraints.includes(constraint);
}

/** Why an append that lost a race is refused, read once the winner has committed. The key is checked first. */
async function refusal(db: Queryable, sql: PostgresSql, { event, options }: AppendRequest): Promise<Error> {
  if (options.idempotencyKey !== undefined) {
    const { rowCount } = await db.query(sql.keyTaken, [keyBytes(options.idempotencyKey)]);
    if (rowCount) return new IdempotencyKeyTaken(options.idempotencyKey);
  }
  const { rows } = await db.query<{ revision: number | null }>(sql.streamRevision, [event.streamId]);
  return new WrongExpectedRevision(event.streamId, options.expectedRevision, rows[0].revision ?? -1);
}

export function keyBytes(key: string | undefined): Buffer | null {
  return key === undefined ? null : Buffer.from(key, 'utf8');
}
