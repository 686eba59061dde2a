import { CATALOGUE_STREAM, decisionChanges, HistoryEvent, PurposeDefinition } from '@ledger/domain';
import { ChangeMessage } from '@ledger/wire';
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
  const message = {
    position: event.position,
    subjectId: event.streamId,
    eventId: event.eventId,
    type: event.type as ChangeMessage['type'],
    at: event.recordedAt,
  };
  // An adoption may change any subject's decisions; consumers re-check what they hold.
  if (event.streamId === CATALOGUE_STREAM) return { ...message, changes: [] };
  if (history.length <= event.revision) {
    throw new Error(`the read side does not hold revision ${event.revision} of a subject yet`);
  }
  const before = history.slice(0, event.revision);
  return { ...message, changes: decisionChanges(before, toHistoryEvent(event), purposes, event.recordedAt) };
}
