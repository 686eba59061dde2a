import { HistoryEvent, LedgerEventType, PERSONAL_FIELDS } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';

/** Fields whose values come from the catalogue or a fixed list: one shared copy of each in memory. */
const SHARED_VALUES = new Set(['purpose', 'legalBasis', 'reason', 'channel', 'ground']);
const SHARED_LISTS = new Set(['purposes', 'dataCategories', 'retain']);
const shared = new Map<string, string>();

/** The one copy of a catalogue id or enum value that every event of the read side points to. */
function share(value: string): string {
  const known = shared.get(value);
  if (known !== undefined) return known;
  shared.set(value, value);
  return value;
}

/**
 * What the read side keeps of a stored event: enough to decide, and no personal free text, so the
 * projections in memory hold nothing an erasure would have to reach. Millions of these stay in memory:
 * catalogue ids and enum values are shared, and times equal to `occurredAt` point to it.
 */
export function toHistoryEvent(event: StoredEvent): HistoryEvent {
  const data: Record<string, unknown> = {};
  const personal = PERSONAL_FIELDS[event.type as LedgerEventType] ?? [];
  const { occurredAt } = event;
  for (const [field, value] of Object.entries(event.data)) {
    if (personal.includes(field)) continue;
    if (typeof value === 'string') {
      data[field] = SHARED_VALUES.has(field) ? share(value) : value === occurredAt ? occurredAt : value;
    } else if (SHARED_LISTS.has(field) && Array.isArray(value)) {
      data[field] = value.map((item) => (typeof item === 'string' ? share(item) : item));
    } else {
      data[field] = value;
    }
  }
  return {
    type: share(event.type),
    data,
    eventId: event.eventId,
    occurredAt,
    recordedAt: event.recordedAt === occurredAt ? occurredAt : event.recordedAt,
  } as HistoryEvent;
}
