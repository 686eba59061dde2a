import { StoredEvent, UnreadableEvent } from '../event-store.port';

/**
 * An `events` row as SQLite selects it, with `actor` and `data` as JSON text (parsed here, so the adapter hands
 * back the very values that were hashed). PostgreSQL builds the event as JSON on the server instead.
 */
export interface EventRow {
  position: string | number | bigint;
  stream_id: unknown;
  revision: unknown;
  event_id: unknown;
  type: unknown;
  occurred_at: unknown;
  recorded_at: unknown;
  actor: unknown;
  data: unknown;
  prev_hash: unknown;
  hash: unknown;
}

const TEXT_COLUMNS = [
  'stream_id',
  'event_id',
  'type',
  'occurred_at',
  'recorded_at',
  'prev_hash',
  'hash',
] as const;

/**
 * The row as an event. SQLite keeps whatever a column is given, so a row changed behind the store's back is
 * checked column by column: one that is not an event any more throws `UnreadableEvent`.
 */
export function toStoredEvent(row: EventRow): StoredEvent {
  const revision =
    typeof row.revision === 'number' || typeof row.revision === 'bigint' ? Number(row.revision) : Number.NaN;
  const unreadable = (detail: string) =>
    new UnreadableEvent(
      {
        position: String(row.position),
        streamId: typeof row.stream_id === 'string' ? row.stream_id : null,
        revision: Number.isSafeInteger(revision) ? revision : null,
        hash: typeof row.hash === 'string' ? row.hash : null,
      },
      detail,
    );
  const wrongColumn = TEXT_COLUMNS.find((column) => typeof row[column] !== 'string');
  if (wrongColumn) throw unreadable(`its ${wrongColumn} is not text`);
  if (!Number.isSafeInteger(revision)) throw unreadable('its revision is not a whole number');
  return {
    eventId: row.event_id as string,
    streamId: row.stream_id as string,
    revision,
    position: String(row.position),
    type: row.type as string,
    occurredAt: row.occurred_at as string,
    recordedAt: row.recorded_at as string,
    actor: parseObject(row.actor, 'actor', unreadable) as unknown as StoredEvent['actor'],
    data: parseObject(row.data, 'data', unreadable),
    prevHash: row.prev_hash as string,
    hash: row.hash as string,
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

function parseObject(
  text: unknown,
  column: string,
  unreadable: (detail: string) => UnreadableEvent,
): Record<string, unknown> {
  let value: unknown;
  try {
    value = typeof text === 'string' ? JSON.parse(text) : undefined;
  } catch {
    throw unreadable(`its ${column} is not valid JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw unreadable(`its ${column} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}
