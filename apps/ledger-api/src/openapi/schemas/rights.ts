import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  CONTACT_CHANNELS,
  OBJECTION_CHANNELS,
  RECIPIENT_KINDS,
  REQUEST_OUTCOMES,
  RIGHTS,
} from '@ledger/domain';
import type {
  CommandAnswer,
  DataSubjectRequest,
  DisclosureView,
  ErasuresDueAnswer,
  NoticesDueAnswer,
  ObjectionsQueueAnswer,
  OpenObjection,
  PendingNotification,
  PendingNotificationsAnswer,
  RecipientView,
  RequestsQueueAnswer,
  SubjectRecipientsAnswer,
  SubjectRequestsAnswer,
  SuppressionAnswer,
} from '@ledger/wire';
import { EVENT_TYPES } from './decisions';
import {
  count,
  flag,
  listOf,
  nullable,
  objectOf,
  oneOfValues,
  optional,
  position,
  ref,
  subjectId,
  text,
  timestamp,
} from '../typed-schema';

const ids = () => listOf(text());
const created = (what: string) => optional(text(`the id of the ${what} the command created`));

/** What commands answer, and the registers and work lists of contract sections 5 to 7. */
export const RIGHTS_SCHEMAS: Record<string, SchemaObject> = {
  CommandAnswer: objectOf<CommandAnswer>(
    {
      subjectId: subjectId(),
      eventId: text(),
      type: oneOfValues(EVENT_TYPES),
      revision: count("the subject stream's revision, 0-based: send it as If-Match"),
      position: position('the global log position: pass it as minPosition to read this write'),
      basisId: created('basis'),
      objectionId: created('objection'),
      restrictionId: created('restriction'),
      requestId: created('request'),
      rectificationId: created('rectification'),
      disclosureId: created('disclosure'),
      notApplicable: optional(ids()),
    },
    'What every command answers with 201 (contract section 5)',
  ),
  DataSubjectRequest: objectOf<DataSubjectRequest>({
    subjectId: subjectId(),
    requestId: text(),
    right: oneOfValues(RIGHTS),
    channel: nullable(oneOfValues(CONTACT_CHANNELS)),
    receivedAt: timestamp(),
    identityVerifiedAt: nullable(timestamp()),
    deadline: timestamp(),
    extendedUntil: nullable(timestamp()),
    completedAt: nullable(timestamp()),
    outcome: nullable(oneOfValues(REQUEST_OUTCOMES)),
    overdue: flag(),
  }),
  SubjectRequestsAnswer: objectOf<SubjectRequestsAnswer>({
    subjectId: subjectId(),
    requests: listOf(ref('DataSubjectRequest'), 'oldest first'),
  }),
  RequestsQueueAnswer: objectOf<RequestsQueueAnswer>({
    position: position(),
    requests: listOf(ref('DataSubjectRequest'), 'earliest deadline first'),
  }),
  OpenObjection: objectOf<OpenObjection>({
    subjectId: subjectId(),
    objectionId: text(),
    purposes: ids(),
    occurredAt: timestamp(),
    recordedAt: timestamp(),
    deadline: timestamp('one month from occurredAt (art. 12(3))'),
    channel: optional(oneOfValues(OBJECTION_CHANNELS)),
  }),
  ObjectionsQueueAnswer: objectOf<ObjectionsQueueAnswer>({
    position: position(),
    objections: listOf(ref('OpenObjection'), 'oldest first'),
    next: optional(text('when more objections follow: the `after` that asks for the next page')),
  }),
  DisclosureView: objectOf<DisclosureView>({
    disclosureId: text(),
    occurredAt: timestamp(),
    purpose: text(),
    dataCategories: ids(),
  }),
  RecipientView: objectOf<RecipientView>({
    recipientId: text(),
    name: text(),
    kind: nullable(oneOfValues(RECIPIENT_KINDS), 'null for a recipient the catalogue no longer lists'),
    purposes: ids(),
    disclosures: listOf(ref('DisclosureView')),
  }),
  SubjectRecipientsAnswer: objectOf<SubjectRecipientsAnswer>({
    subjectId: subjectId(),
    recipients: listOf(ref('RecipientView')),
  }),
  PendingNotification: objectOf<PendingNotification>({
    subjectId: subjectId(),
    about: objectOf<PendingNotification['about']>({
      eventId: text(),
      type: oneOfValues(EVENT_TYPES),
      occurredAt: timestamp(),
    }),
    recipientId: text(),
    recipientName: text(),
  }),
  PendingNotificationsAnswer: objectOf<PendingNotificationsAnswer>({
    position: position(),
    notifications: listOf(ref('PendingNotification'), 'oldest first'),
  }),
  SuppressionAnswer: objectOf<SuppressionAnswer>({ suppressed: flag(), purposes: ids() }),
  NoticesDueAnswer: objectOf<NoticesDueAnswer>({
    position: position(),
    subjects: listOf(
      objectOf<NoticesDueAnswer['subjects'][number]>({ subjectId: subjectId(), since: timestamp() }),
      'oldest first',
    ),
  }),
  ErasuresDueAnswer: objectOf<ErasuresDueAnswer>({
    position: position(),
    subjects: listOf(
      objectOf<ErasuresDueAnswer['subjects'][number]>({
        subjectId: subjectId(),
        since: timestamp(),
        why: oneOfValues(['retention-ended', 'no-active-basis']),
      }),
      'oldest first',
    ),
  }),
};
