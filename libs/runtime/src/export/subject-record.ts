import {
  CatalogueIndex,
  PurposeDefinition,
  RecordedEvent,
  requestRegister,
  suppressionsOf,
} from '@ledger/domain';
import {
  DisclosureRecord,
  ExportedPurpose,
  NoticeProvidedView,
  NotificationView,
  RectificationView,
  SubjectExport,
} from '@ledger/wire';

/** The sections of the export that are read from the subject's events, beyond the events themselves. */
export type SubjectRecord = Pick<
  SubjectExport,
  'requests' | 'noticesProvided' | 'rectifications' | 'disclosures' | 'notifications' | 'suppressions'
>;

/** Said in every export, so the person need not know the contract to read it (contract sections 3 and 7). */
export const READABILITY: SubjectExport['readability'] = {
  freeText:
    'Free text (evidence, notes, grounds, motivations, reasons, recipientRef) recorded before an erasure reads ' +
    'null after it, except the evidence of purposes the erasure kept under art. 17(3). What is recorded after ' +
    'an erasure (a later request, its motivation) stays readable until the next erasure.',
  suppressionRefs:
    'suppressionRefs stay readable after an erasure: they are what the person asked to be remembered by, so that ' +
    'no direct marketing reaches them again under a new subject id (GDPR art. 21(3)).',
};

/**
 * The subject's requests, notices, rectifications, disclosures, notifications and suppressions, in stream order,
 * from its events as read (personal fields open, or `null` once erased); requests judged at `at`.
 */
export function subjectRecord(
  subjectId: string,
  events: readonly RecordedEvent[],
  catalogue: CatalogueIndex,
  at: string,
): SubjectRecord {
  const record: SubjectRecord = {
    requests: requestRegister(events, at).map((request) => ({ subjectId, ...request })),
    noticesProvided: [],
    rectifications: [],
    disclosures: [],
    notifications: [],
    suppressions: suppressionsOf(events, catalogue),
  };
  for (const event of events) {
    const { occurredAt } = event;
    if (event.type === 'NoticeProvided') {
      const { noticeVersion, channel } = event.data;
      record.noticesProvided.push({ noticeVersion, channel, occurredAt } satisfies NoticeProvidedView);
    } else if (event.type === 'RectificationRecorded') {
      const { rectificationId, dataCategories, requestId } = event.data;
      const rectification: RectificationView = {
        rectificationId,
        occurredAt,
        dataCategories,
        requestId: requestId ?? null,
      };
      record.rectifications.push(rectification);
    } else if (event.type === 'DataDisclosed') {
      const { disclosureId, recipientId, recipientRef, purpose, dataCategories } = event.data;
      const disclosure: DisclosureRecord = {
        disclosureId,
        occurredAt,
        recipientId,
        recipientRef: recipientRef ?? null,
        purpose,
        dataCategories,
      };
      record.disclosures.push(disclosure);
    } else if (event.type === 'RecipientNotified') {
      const { about, recipientId, outcome, channel } = event.data;
      const notification: NotificationView = {
        about,
        recipientId,
        outcome,
        channel: channel ?? null,
        occurredAt,
      };
      record.notifications.push(notification);
    }
  }
  return record;
}

/** A purpose's record of processing with every optional field present, `null` or empty where it has none. */
export function exportedPurpose(purpose: PurposeDefinition): ExportedPurpose {
  return {
    ...purpose,
    maxDuration: purpose.maxDuration ?? null,
    erasureExemption: purpose.erasureExemption ?? null,
    consentRequiredFor: purpose.consentRequiredFor ?? [],
  };
}
