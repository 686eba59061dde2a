import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import {
  CONTACT_CHANNELS,
  IDENTITY_METHODS,
  LEGAL_BASES,
  NOTIFICATION_OUTCOMES,
  OBJECTION_CHANNELS,
  REQUEST_OUTCOMES,
  REQUEST_REFUSAL_GROUNDS,
  RESTRICTION_GROUNDS,
  RIGHTS,
  WITHDRAWAL_REASONS,
} from '@ledger/domain';
import type { LedgerEventBody, LedgerEventType } from '@ledger/domain';
import { flag, listOf, nullable, objectOf, oneOfValues, optional, text, timestamp } from '../typed-schema';

type DataOf<T extends LedgerEventType> = Extract<LedgerEventBody, { type: T }>['data'];

/** Free text that may hold personal data: `null` once an erasure made it unreadable (contract section 3). */
const personal = () => nullable(text(), 'null once an erasure made it unreadable');
const ids = () => listOf(text());

/** The `data` of each event type (contract section 3), keyed by the type: tsc wants every type here. */
export const EVENT_DATA: { [T in LedgerEventType]: SchemaObject } = {
  BasisEstablished: objectOf<DataOf<'BasisEstablished'>>({
    basisId: text(),
    purpose: text(),
    legalBasis: oneOfValues(LEGAL_BASES),
    evidence: optional(personal()),
    noticeVersion: optional(text()),
    validFrom: timestamp(),
    validUntil: optional(timestamp()),
  }),
  BasisWithdrawn: objectOf<DataOf<'BasisWithdrawn'>>({
    basisId: text(),
    purpose: text(),
    reason: oneOfValues(WITHDRAWAL_REASONS),
    note: optional(personal()),
  }),
  ObjectionFiled: objectOf<DataOf<'ObjectionFiled'>>({
    objectionId: text(),
    purposes: ids(),
    grounds: optional(personal()),
    channel: optional(oneOfValues(OBJECTION_CHANNELS)),
    requestId: optional(text()),
  }),
  ObjectionUpheld: objectOf<DataOf<'ObjectionUpheld'>>({
    objectionId: text(),
    motivation: optional(personal()),
  }),
  ObjectionOverridden: objectOf<DataOf<'ObjectionOverridden'>>({
    objectionId: text(),
    motivation: personal(),
  }),
  ObjectionWithdrawn: objectOf<DataOf<'ObjectionWithdrawn'>>({
    objectionId: text(),
    evidence: personal(),
    note: optional(personal()),
  }),
  RestrictionApplied: objectOf<DataOf<'RestrictionApplied'>>({
    restrictionId: text(),
    ground: oneOfValues(RESTRICTION_GROUNDS),
    purposes: optional(ids()),
    dataCategories: optional(ids()),
    note: optional(personal()),
    requestId: optional(text()),
  }),
  RestrictionLifted: objectOf<DataOf<'RestrictionLifted'>>({
    restrictionId: text(),
    reason: personal(),
    subjectInformedAt: optional(timestamp()),
  }),
  ErasureCompleted: objectOf<DataOf<'ErasureCompleted'>>({
    retain: ids(),
    note: optional(personal()),
    suppressionRefs: optional(ids()),
    requestId: optional(text()),
  }),
  NoticeProvided: objectOf<DataOf<'NoticeProvided'>>({
    noticeVersion: text(),
    channel: oneOfValues(CONTACT_CHANNELS),
  }),
  RequestReceived: objectOf<DataOf<'RequestReceived'>>({
    requestId: text(),
    right: oneOfValues(RIGHTS),
    channel: optional(oneOfValues(CONTACT_CHANNELS)),
    note: optional(personal()),
  }),
  IdentityVerified: objectOf<DataOf<'IdentityVerified'>>({
    requestId: text(),
    method: oneOfValues(IDENTITY_METHODS),
    note: optional(personal()),
  }),
  RequestExtended: objectOf<DataOf<'RequestExtended'>>({
    requestId: text(),
    reason: personal(),
    extendedUntil: timestamp(),
  }),
  RequestCompleted: objectOf<DataOf<'RequestCompleted'>>({
    requestId: text(),
    outcome: oneOfValues(REQUEST_OUTCOMES),
    refusalGround: optional(oneOfValues(REQUEST_REFUSAL_GROUNDS)),
    motivation: optional(personal()),
    remediesInformed: optional(flag()),
  }),
  RectificationRecorded: objectOf<DataOf<'RectificationRecorded'>>({
    rectificationId: text(),
    dataCategories: ids(),
    note: optional(personal()),
    requestId: optional(text()),
  }),
  DataDisclosed: objectOf<DataOf<'DataDisclosed'>>({
    disclosureId: text(),
    recipientId: text(),
    recipientRef: optional(personal()),
    purpose: text(),
    dataCategories: ids(),
  }),
  RecipientNotified: objectOf<DataOf<'RecipientNotified'>>({
    about: text('the eventId of a restriction, erasure or rectification'),
    recipientId: text(),
    outcome: oneOfValues(NOTIFICATION_OUTCOMES),
    channel: optional(oneOfValues(CONTACT_CHANNELS)),
    note: optional(personal()),
  }),
};
