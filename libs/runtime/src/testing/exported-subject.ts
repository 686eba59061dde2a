import {
  CatalogueIndex,
  defaultCatalogue,
  LedgerEventBody,
  RecordedEvent,
  requestRegister,
} from '@ledger/domain';

export const EXPORTED_AT = '2026-04-01T00:00:00.000Z';
export const catalogue = new CatalogueIndex(defaultCatalogue());

/** A recorded event as the export reads it; hashes and positions play no part in what the export says. */
export function recorded(
  subjectId: string,
  body: LedgerEventBody,
  occurredAt: string,
  revision = 0,
): RecordedEvent {
  return {
    ...body,
    eventId: `e-${revision}`,
    occurredAt,
    recordedAt: occurredAt,
    subjectId,
    revision,
    position: String(revision + 1),
    actor: { name: 'the-dpo', role: 'dpo' },
    prevHash: '0'.repeat(64),
    hash: '1'.repeat(64),
  } as RecordedEvent;
}

/**
 * A prospect who consented to direct marketing, owes a debt under contract, asked (request r-1) to object to
 * collection, was restricted meanwhile, was upheld, and withdrew the consent: every kind of thing the DPV
 * export maps, in stream order.
 */
export function prospectWithRights(subjectId = 'prospect-7') {
  const bodies: [LedgerEventBody, string][] = [
    [
      {
        type: 'BasisEstablished',
        data: {
          basisId: 'b-contract',
          purpose: 'collection',
          legalBasis: 'contract',
          evidence: 'claim 2026-0042',
          validFrom: '2026-01-10T09:00:00.000Z',
        },
      },
      '2026-01-10T09:00:00.000Z',
    ],
    [
      {
        type: 'BasisEstablished',
        data: {
          basisId: 'b-consent',
          purpose: 'prospect-contact',
          legalBasis: 'consent',
          evidence: 'web form receipt R-1',
          noticeVersion: 'webcasso-2026-1',
          validFrom: '2026-02-01T09:00:00.000Z',
          validUntil: '2027-02-01T09:00:00.000Z',
        },
      },
      '2026-02-01T09:00:00.000Z',
    ],
    [
      { type: 'RequestReceived', data: { requestId: 'r-1', right: 'objection', channel: 'letter' } },
      '2026-02-10T09:00:00.000Z',
    ],
    [
      { type: 'ObjectionFiled', data: { objectionId: 'o-1', purposes: ['collection'], requestId: 'r-1' } },
      '2026-02-11T09:00:00.000Z',
    ],
    [
      {
        type: 'RestrictionApplied',
        data: { restrictionId: 'x-1', ground: 'objection-pending', purposes: ['collection'] },
      },
      '2026-02-11T10:00:00.000Z',
    ],
    [{ type: 'ObjectionUpheld', data: { objectionId: 'o-1' } }, '2026-02-20T09:00:00.000Z'],
    [
      {
        type: 'RestrictionLifted',
        data: { restrictionId: 'x-1', reason: 'decided', subjectInformedAt: '2026-02-19T09:00:00.000Z' },
      },
      '2026-02-20T10:00:00.000Z',
    ],
    [
      { type: 'IdentityVerified', data: { requestId: 'r-1', method: 'known-contact-details' } },
      '2026-02-12T09:00:00.000Z',
    ],
    [
      { type: 'RequestCompleted', data: { requestId: 'r-1', outcome: 'granted' } },
      '2026-02-21T09:00:00.000Z',
    ],
    [
      {
        type: 'BasisWithdrawn',
        data: { basisId: 'b-consent', purpose: 'prospect-contact', reason: 'consent-withdrawn' },
      },
      '2026-03-01T09:00:00.000Z',
    ],
  ];
  const events = bodies.map(([body, at], revision) => recorded(subjectId, body, at, revision));
  const requests = requestRegister(events, EXPORTED_AT).map((request) => ({ subjectId, ...request }));
  return { subjectId, exportedAt: EXPORTED_AT, events, requests };
}
