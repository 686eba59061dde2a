import { CommandAnswer } from '@ledger/contracts';
import { StoredEvent } from '@ledger/event-store';

/** The id a command created, by the event it appended. */
const CREATED_ID: Readonly<Record<string, 'basisId' | 'objectionId' | 'restrictionId'>> = {
  BasisEstablished: 'basisId',
  ObjectionFiled: 'objectionId',
  RestrictionApplied: 'restrictionId',
};

/** What a command answers, from the event it appended: the first time and every replay alike. */
export function answerOf(event: StoredEvent): CommandAnswer {
  const answer: CommandAnswer = {
    subjectId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    revision: event.revision,
    position: event.position,
  };
  const created = CREATED_ID[event.type];
  if (created) answer[created] = event.data[created] as string;
  return answer;
}
