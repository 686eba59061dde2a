import { StoredEvent, UnreadableEvent } from '../event-store.port';

/** The columns of an event as SQLite selects them, in the order of `EventRow`. */
export const EVENT_COLUMNS = [
  'position',
  'stream_id',
  'revision',
  'event_id',
  'type',
  'occurred_at',
  'recorded_at',
  'actor',
  'data',
  'prev_hash',
  'hash',
] as const;

type Column = (typeof EVENT_COLUMNS)[number];

/**
 * An `events` row as SQLite selects it, its values in the order of `EVENT_COLUMNS` (better-sqlite3's raw rows:
 * an array costs a third less to make than an object with a property per column), `actor` and `data` as JSON
 * text (parsed here, so the adapter hands back the very values that were hashed). Columns selected after these
 * are ignored. PostgreSQL builds the event as JSON on the server instead.
 */
export type EventRow = readonly unknown[];

const at = Object.fromEntries(EVENT_COLUMNS.map((column, index) => [column, index])) as Record<
  Column,
  number
>;

const TEXT_COLUMNS: readonly Column[] = [
  'stream_id',
  'event_id',
  'type',
  'occurred_at',
  'recorded_at',
  'prev_hash',
  'hash',
];

/**
 * The row as an event. SQLite keeps whatever a column is given, so a row changed behind the store's back is
 * checked column by column: one that is not an event any more throws `UnreadableEvent`.
 */
export function toStoredEvent(row: EventRow): StoredEvent {
  const value = row[at.revision];
  const revision = typeof value === 'number' || typeof value === 'bigint' ? Number(value) : Number.NaN;
  for (const column of TEXT_COLUMNS) {
    if (typeof row[at[column]] !== 'string') throw unreadable(row, revision, `its ${column} is not text`);
  }
  if (!Number.isSafeInteger(revision)) throw unreadable(row, revision, 'its revision is not a whole number');
  return {
    eventId: row[at.event_id] as string,
    streamId: row[at.stream_id] as string,
    revision,
    position: String(row[at.position] as number | bigint),
    type: row[at.type] as string,
    occurredAt: row[at.occurred_at] as string,
    recordedAt: row[at.recorded_at] as string,
    actor: parseObject(row, revision, 'actor') as unknown as StoredEvent['actor'],
    data: parseObject(row, revision, 'data'),
    prevHash: row[at.prev_hash] as string,
    hash: row[at.hash] as string,
  };
}

/** The rows as events, up to the first that cannot be read; that one throws when it comes first. */
export function toStoredEvents(rows: readonly EventRow[]): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const row of rows) {
    try {
      events.push(toStoredEvent(row));
    } catch (error) {
      if (events.length === 0 || !(error instanceof UnreadableEvent)) throw error;
      break;
    }
  }
  return events;
}

/** What can be said of a row that is not an event any more: whatever of its identity is still readable. */
function unreadable(row: EventRow, revision: number, detail: string): UnreadableEvent {
  const streamId = row[at.stream_id];
  const hash = row[at.hash];
  return new UnreadableEvent(
    {
      position: String(row[at.position] as number | bigint),
      streamId: typeof streamId === 'string' ? streamId : null,
      revision: Number.isSafeInteger(revision) ? revision : null,
      hash: typeof hash === 'string' ? hash : null,
    },
    detail,
  );
}

function parseObject(row: EventRow, revision: number, column: 'actor' | 'data'): Record<string, unknown> {
  const text = row[at[column]];
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    throw unreadable(row, revision, `its ${column} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unreadable(row, revision, `its ${column} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}
