import { decisionChanges, HistoryEvent, LedgerEventType, PurposeDefinition } from '@ledger/domain';
import { ChangeMessage } from '@ledger/contracts';
import { StoredEvent } from '@ledger/event-store';
import { toHistoryEvent } from '@ledger/runtime';

/**
 * The change message of a stored event. `history` is the subject's history as the read side holds it, at
 * least up to this event; what came before it is its first `revision` events, whichever page or moment
 * the event is streamed in, so a message reads the same in catch-up and live.
 */
export function changeMessageOf(
  event: StoredEvent,
  history: readonly HistoryEvent[],
  purposes: readonly PurposeDefinition[],
): ChangeMessage {
  if (history.length <= event.revision) {
    throw new Error(`the read side does not hold revision ${event.revision} of a subject yet`);
  }
  const before = history.slice(0, event.revision);
  return {
    position: event.position,
    subjectId: event.streamId,
    eventId: event.eventId,
    type: event.type as LedgerEventType,
    at: event.recordedAt,
    changes: decisionChanges(before, toHistoryEvent(event), purposes, event.recordedAt),
  };
}
