import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { CONTACT_CHANNELS, ERASURE_EXEMPTIONS, NOTIFICATION_OUTCOMES } from '@ledger/domain';
import type {
  Decision,
  DisclosureRecord,
  ExportedPurpose,
  NoticeProvidedView,
  NotificationView,
  RectificationView,
  SubjectExport,
  Suppression,
} from '@ledger/wire';
import { listOf, nullable, objectOf, oneOfValues, ref, subjectId, text, timestamp } from '../typed-schema';
import { CATALOGUE_SCHEMAS } from './catalogue';
import { DECISION_SCHEMAS } from './decisions';

const ids = () => listOf(text());
const purpose = CATALOGUE_SCHEMAS.PurposeDefinition;
const decision = DECISION_SCHEMAS.Decision;

/** The export of contract section 7 (arts. 15 and 20), and its JSON-LD form. */
export const EXPORT_SCHEMAS: Record<string, SchemaObject> = {
  ExportedPurpose: {
    ...purpose,
    description: 'a purpose with its whole record of processing, every field present',
    properties: {
      ...purpose.properties,
      ...({
        maxDuration: nullable(text('an ISO 8601 duration')),
        erasureExemption: nullable(oneOfValues(ERASURE_EXEMPTIONS)),
        consentRequiredFor: ids(),
      } satisfies Partial<Record<keyof ExportedPurpose, unknown>>),
    },
    required: [...(purpose.required ?? []), 'maxDuration', 'erasureExemption', 'consentRequiredFor'],
  },
  ExportedDecision: {
    ...decision,
    description: 'a decision at exportedAt, without decisionId',
    properties: Object.fromEntries(
      Object.entries(decision.properties ?? {}).filter(([name]) => name !== 'decisionId'),
    ),
    required: decision.required?.filter((name) => name !== ('decisionId' satisfies keyof Decision)),
  },
  NoticeProvidedView: objectOf<NoticeProvidedView>({
    noticeVersion: text(),
    channel: oneOfValues(CONTACT_CHANNELS),
    occurredAt: timestamp(),
  }),
  RectificationView: objectOf<RectificationView>({
    rectificationId: text(),
    occurredAt: timestamp(),
    dataCategories: ids(),
    requestId: nullable(text()),
  }),
  DisclosureRecord: objectOf<DisclosureRecord>({
    disclosureId: text(),
    occurredAt: timestamp(),
    recipientId: text(),
    recipientRef: nullable(text(), 'null once erased'),
    purpose: text(),
    dataCategories: ids(),
  }),
  NotificationView: objectOf<NotificationView>({
    about: text(),
    recipientId: text(),
    outcome: oneOfValues(NOTIFICATION_OUTCOMES),
    channel: nullable(oneOfValues(CONTACT_CHANNELS)),
    occurredAt: timestamp(),
  }),
  Suppression: objectOf<Suppression>({ ref: text(), purposes: ids() }),
  SubjectExport: objectOf<SubjectExport>(
    {
      subjectId: subjectId(),
      exportedAt: timestamp(),
      catalogueVersion: text(),
      revision: nullable({ type: 'integer', minimum: 0 }),
      events: listOf(ref('RecordedEvent')),
      decisions: listOf(ref('ExportedDecision')),
      purposes: listOf(ref('ExportedPurpose')),
      requests: listOf(ref('DataSubjectRequest')),
      noticesProvided: listOf(ref('NoticeProvidedView')),
      rectifications: listOf(ref('RectificationView')),
      disclosures: listOf(ref('DisclosureRecord')),
      notifications: listOf(ref('NotificationView')),
      suppressions: listOf(ref('Suppression')),
      readability: objectOf<SubjectExport['readability']>({ freeText: text(), suppressionRefs: text() }),
    },
    'Everything the ledger holds on one subject (arts. 15 and 20)',
  ),
  DpvExport: {
    type: 'object',
    description: 'The same record as JSON-LD in the W3C Data Privacy Vocabulary, its context embedded',
    properties: { '@context': { type: 'object' } },
    required: ['@context'],
  },
};
