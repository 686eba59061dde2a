import { HistoryEvent, LedgerEventType, PERSONAL_FIELDS } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';

/**
 * What the read side keeps of a stored event: enough to decide, and no personal free text, so the
 * projections in memory hold nothing an erasure would have to reach.
 */
export function toHistoryEvent(event: StoredEvent): HistoryEvent {
  const data: Record<string, unknown> = {};
  const personal = PERSONAL_FIELDS[event.type as LedgerEventType] ?? [];
  for (const [field, value] of Object.entries(event.data)) {
    if (!personal.includes(field)) data[field] = value;
  }
  return {
    type: event.type,
    data,
    eventId: event.eventId,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
  } as HistoryEvent;
}
