import { StoredEvent } from '../event-store.port';

/**
 * An `events` row as SQLite selects it, with `actor` and `data` as JSON text (parsed here, so the adapter hands
 * back the very values that were hashed). PostgreSQL builds the event as JSON on the server instead.
 */
export interface EventRow {
  position: string | number | bigint;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  occurred_at: string;
  recorded_at: string;
  actor: string;
  data: string;
  prev_hash: string;
  hash: string;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    revision: Number(row.revision),
    position: String(row.position),
    type: row.type,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    actor: JSON.parse(row.actor),
    data: JSON.parse(row.data),
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
