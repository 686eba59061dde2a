import {
  HistoryEvent,
  LedgerEventBody,
  LegalBasis,
  RestrictionGround,
  Right,
  WithdrawalReason,
} from '../events';

/**
 * Event builders for specifications. Times default to T0; `recordedAt` defaults to `occurredAt`. Event ids
 * name what they are (`BasisEstablished:b1`) so a reason's `eventId` reads clearly in a test.
 */
export const T0 = '2026-01-01T00:00:00.000Z';

/** `t('2026-11-20')` or `t('2026-11-20T10:00')` in canonical form. */
export function t(short: string): string {
  return short.length === 10 ? `${short}T00:00:00.000Z` : `${short}:00.000Z`;
}

export interface When {
  at?: string;
  recorded?: string;
}

function recorded(body: LedgerEventBody, id: string, when: When = {}): HistoryEvent {
  const occurredAt = when.at ?? T0;
  const eventId = id ? `${body.type}:${id}` : body.type;
  return { ...body, eventId, occurredAt, recordedAt: when.recorded ?? occurredAt } as HistoryEvent;
}

export function basis(
  basisId: string,
  purpose: string,
  legalBasis: LegalBasis,
  period: { validFrom?: string; validUntil?: string; noticeVersion?: string } & When = {},
): HistoryEvent {
  const { validFrom = period.at ?? T0, validUntil, noticeVersion } = period;
  const data = {
    basisId,
    purpose,
    legalBasis,
    validFrom,
    ...(validUntil ? { validUntil } : {}),
    ...(noticeVersion ? { noticeVersion } : {}),
  };
  return recorded({ type: 'BasisEstablished', data }, basisId, period);
}

export function withdrawn(basisId: string, purpose: string, when: When & { reason?: WithdrawalReason } = {}) {
  const data = { basisId, purpose, reason: when.reason ?? 'consent-withdrawn' };
  return recorded({ type: 'BasisWithdrawn', data }, basisId, when);
}

export function objection(objectionId: string, purposes: string[], when?: When): HistoryEvent {
  return recorded({ type: 'ObjectionFiled', data: { objectionId, purposes } }, objectionId, when);
}

export function upheld(objectionId: string, when?: When): HistoryEvent {
  return recorded({ type: 'ObjectionUpheld', data: { objectionId } }, objectionId, when);
}

export function overridden(objectionId: string, when?: When): HistoryEvent {
  const data = { objectionId, motivation: 'compelling grounds' };
  return recorded({ type: 'ObjectionOverridden', data }, objectionId, when);
}

export function restriction(
  restrictionId: string,
  scope: { purposes?: string[]; dataCategories?: string[]; ground?: RestrictionGround } & When = {},
): HistoryEvent {
  const { purposes, dataCategories, ground = 'accuracy-contested' } = scope;
  const data = {
    restrictionId,
    ground,
    ...(purposes && { purposes }),
    ...(dataCategories && { dataCategories }),
  };
  return recorded({ type: 'RestrictionApplied', data }, restrictionId, scope);
}

export function lifted(restrictionId: string, when?: When): HistoryEvent {
  const subjectInformedAt = when?.at ?? T0;
  return recorded(
    { type: 'RestrictionLifted', data: { restrictionId, reason: 'accuracy confirmed', subjectInformedAt } },
    restrictionId,
    when,
  );
}

/** An erasure; `id` tells several erasures of one history apart. */
export function erasure(
  when: When & { retain?: string[]; id?: string; suppressionRefs?: string[] } = {},
): HistoryEvent {
  const { retain = [], suppressionRefs } = when;
  const data = { retain, ...(suppressionRefs ? { suppressionRefs } : {}) };
  return recorded({ type: 'ErasureCompleted', data }, when.id ?? '', when);
}

export function objectionWithdrawn(objectionId: string, when?: When): HistoryEvent {
  const data = { objectionId, evidence: 'letter of the person' };
  return recorded({ type: 'ObjectionWithdrawn', data }, objectionId, when);
}

export function noticeProvided(noticeVersion = 'webcasso-2026-1', when?: When): HistoryEvent {
  return recorded(
    { type: 'NoticeProvided', data: { noticeVersion, channel: 'letter' } },
    noticeVersion,
    when,
  );
}

export function requestReceived(requestId: string, right: Right, when?: When): HistoryEvent {
  return recorded({ type: 'RequestReceived', data: { requestId, right } }, requestId, when);
}

export function identityVerified(requestId: string, when?: When): HistoryEvent {
  const data = { requestId, method: 'known-contact-details' as const };
  return recorded({ type: 'IdentityVerified', data }, requestId, when);
}

export function requestCompleted(requestId: string, when?: When): HistoryEvent {
  return recorded({ type: 'RequestCompleted', data: { requestId, outcome: 'granted' } }, requestId, when);
}

export function rectification(rectificationId: string, dataCategories: string[], when?: When): HistoryEvent {
  const data = { rectificationId, dataCategories };
  return recorded({ type: 'RectificationRecorded', data }, rectificationId, when);
}

export function disclosure(
  disclosureId: string,
  recipientId: string,
  purpose: string,
  dataCategories: string[],
  when?: When,
): HistoryEvent {
  const data = { disclosureId, recipientId, purpose, dataCategories };
  return recorded({ type: 'DataDisclosed', data }, disclosureId, when);
}

export function recipientNotified(about: string, recipientId: string, when?: When): HistoryEvent {
  const data = { about, recipientId, outcome: 'notified' as const };
  return recorded({ type: 'RecipientNotified', data }, `${about}>${recipientId}`, when);
}
