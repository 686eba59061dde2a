import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { Actor, LedgerEventType, RecordedEvent } from '@ledger/domain';
import { LOG_PROBLEMS } from '@ledger/event-store';
import type {
  ChangeMessage,
  ChangesToken,
  LogVerificationAnswer,
  SubjectEventsAnswer,
  VerificationAnswer,
} from '@ledger/wire';
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
import { EVENT_TYPES } from './decisions';
import { EVENT_DATA } from './event-data';

const hash = (description: string) => ({ type: 'string', pattern: '^[0-9a-f]{64}$', description });

/** One component per event type (`BasisEstablishedEvent`, ...): the envelope of contract section 3, its data. */
function recordedEvent(type: LedgerEventType): SchemaObject {
  return objectOf<RecordedEvent>({
    eventId: text(),
    type: oneOfValues([type]),
    subjectId: text('the subject whose stream holds it'),
    revision: count('its place in the stream, from 0'),
    position: position('its place in the global log'),
    occurredAt: timestamp('when it happened in the world'),
    recordedAt: timestamp('when the ledger appended it'),
    actor: ref('Actor'),
    data: ref(`${type}Data`),
    prevHash: hash("the hash of the stream's previous event; 64 zeros for the first"),
    hash: hash("SHA-256 over the event's canonical stored form and prevHash"),
  });
}

const eventTypes = EVENT_TYPES as LedgerEventType[];

export const EVENT_SCHEMAS: Record<string, SchemaObject> = {
  Actor: objectOf<Actor>({ name: text('the API key name'), role: text() }),
  ...Object.fromEntries(eventTypes.map((type) => [`${type}Data`, EVENT_DATA[type]])),
  ...Object.fromEntries(eventTypes.map((type) => [`${type}Event`, recordedEvent(type)])),
  RecordedEvent: {
    description: 'An event as the ledger recorded it (contract section 3)',
    oneOf: eventTypes.map((type) => ref(`${type}Event`)),
    discriminator: {
      propertyName: 'type',
      mapping: Object.fromEntries(eventTypes.map((type) => [type, ref(`${type}Event`).$ref])),
    },
  },
  SubjectEventsAnswer: objectOf<SubjectEventsAnswer>({
    subjectId: subjectId(),
    revision: nullable(count(), "the last event's revision; null for a subject without events"),
    events: listOf(ref('RecordedEvent'), 'in revision order'),
  }),
  VerificationAnswer: objectOf<VerificationAnswer>({
    subjectId: subjectId(),
    valid: flag(),
    eventCount: count(),
    headHash: nullable(hash('the hash of the last event')),
    unreadable: optional(
      objectOf<NonNullable<VerificationAnswer['unreadable']>>(
        {
          position: position(),
          revision: nullable(count(), 'null where the row hides it'),
          detail: text(),
        },
        'a stored row of the stream that is no longer an event: the chain breaks there',
      ),
    ),
  }),
  LogVerificationAnswer: objectOf<LogVerificationAnswer>({
    valid: flag(),
    streams: count(),
    events: count(),
    breaks: listOf(
      objectOf<LogVerificationAnswer['breaks'][number]>({
        subjectId: nullable(text(), 'null where an unreadable row hides it'),
        revision: nullable(count(), 'null where an unreadable row hides it'),
        position: position(),
        problem: oneOfValues(LOG_PROBLEMS),
        detail: text(),
      }),
      'the first 100 breaks',
    ),
    breakCount: count(),
    headPosition: nullable(position(), 'null for an empty log'),
  }),
  ChangeMessage: objectOf<ChangeMessage>(
    {
      position: position(),
      subjectId: subjectId(),
      eventId: text(),
      type: oneOfValues(EVENT_TYPES),
      at: timestamp("the event's recordedAt, at which both sides are evaluated"),
      changes: listOf(ref('PurposeDecisionChange')),
    },
    'The data of one message of GET /v1/changes',
  ),
  ChangesToken: objectOf<ChangesToken>({
    token: text('opens GET /v1/changes?token= (and no other route) for the key that asked for it'),
    expiresAt: timestamp('until when it opens streams; a stream opened before stays open'),
  }),
};
