import { CatalogueIndex, notApplicablePurposes } from '@ledger/domain';
import { CommandAnswer } from '@ledger/wire';
import { StoredEvent } from '@ledger/event-store';

type CreatedId =
  'basisId' | 'objectionId' | 'restrictionId' | 'requestId' | 'rectificationId' | 'disclosureId';

/** The id a command created, by the event it appended. */
const CREATED_ID: Readonly<Record<string, CreatedId>> = {
  BasisEstablished: 'basisId',
  ObjectionFiled: 'objectionId',
  RestrictionApplied: 'restrictionId',
  RequestReceived: 'requestId',
  RectificationRecorded: 'rectificationId',
  DataDisclosed: 'disclosureId',
};

/**
 * What a command answers, from the event it appended: the first time and every replay alike. An objection's
 * answer names the purposes it names that art. 21 does not apply to, by the catalogue in force.
 */
export function answerOf(event: StoredEvent, catalogue: CatalogueIndex): CommandAnswer {
  const answer: CommandAnswer = {
    subjectId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    revision: event.revision,
    position: event.position,
  };
  const created = CREATED_ID[event.type];
  if (created) answer[created] = event.data[created] as string;
  if (event.type === 'ObjectionFiled') {
    answer.notApplicable = notApplicablePurposes(catalogue, event.data.purposes as string[]);
  }
  return answer;
}
