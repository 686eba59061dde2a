import type { ErasureExemption, PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import type { Suppression } from '@ledger/domain/erasure/suppression';
import type { ContactChannel, NotificationOutcome, PersonalText, RecordedEvent } from '@ledger/domain/events';
import type { Decision } from './decisions';
import type { DataSubjectRequest } from './requests';

/** A purpose as the export names it: its record of processing (art. 30(1)), every field present. */
export type ExportedPurpose = Omit<
  PurposeDefinition,
  'maxDuration' | 'erasureExemption' | 'consentRequiredFor'
> & {
  maxDuration: string | null;
  erasureExemption: ErasureExemption | null;
  consentRequiredFor: string[];
};

export interface NoticeProvidedView {
  noticeVersion: string;
  channel: ContactChannel;
  occurredAt: string;
}

export interface RectificationView {
  rectificationId: string;
  occurredAt: string;
  dataCategories: string[];
  requestId: string | null;
}

/** What went to whom; `recipientRef` (which client, which bailiff) reads `null` once erased. */
export interface DisclosureRecord {
  disclosureId: string;
  occurredAt: string;
  recipientId: string;
  recipientRef: PersonalText;
  purpose: string;
  dataCategories: string[];
}

/** A recipient told of a restriction, erasure or rectification (`about`, its eventId), or why not (art. 19). */
export interface NotificationView {
  about: string;
  recipientId: string;
  outcome: NotificationOutcome;
  channel: ContactChannel | null;
  occurredAt: string;
}

/**
 * `GET /v1/subjects/{subjectId}/export` and `npx ledger export`: everything the ledger holds on one subject,
 * for access (art. 15) and portability (art. 20), contract section 7.
 */
export interface SubjectExport {
  subjectId: string;
  exportedAt: string;
  catalogueVersion: string;
  /** The revision of the subject's last event; `null` for a subject the ledger has never heard of. */
  revision: number | null;
  /** As `GET .../events` gives them: personal fields `null` once erased. */
  events: RecordedEvent[];
  /** At `exportedAt`; `position` is that of the subject's last event ("0" for none). */
  decisions: Omit<Decision, 'decisionId'>[];
  purposes: ExportedPurpose[];
  /** As `GET .../requests` answers them, judged at `exportedAt` (contract section 6). */
  requests: DataSubjectRequest[];
  noticesProvided: NoticeProvidedView[];
  rectifications: RectificationView[];
  disclosures: DisclosureRecord[];
  notifications: NotificationView[];
  /** The refs the subject's erasures kept while a direct-marketing objection was in force (art. 21(3)). */
  suppressions: Suppression[];
  /** What an erasure leaves readable in this document, in words, for the person reading it. */
  readability: { freeText: string; suppressionRefs: string };
}

/**
 * `GET /v1/subjects/{subjectId}/export?format=dpv` (`application/ld+json`): the same record as JSON-LD in the W3C
 * Data Privacy Vocabulary, its context embedded; see docs/dpv-export.md for the terms.
 */
export type DpvExport = { '@context': Record<string, unknown> } & Record<string, unknown>;
