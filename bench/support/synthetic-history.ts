import { randomBytes, randomUUID } from 'node:crypto';
import { EventToAppend, GENESIS_HASH, hashEvent } from '@ledger/event-store';

/** When the synthetic histories happen: the past year, so every check "now" sees all of it. */
const START_MS = Date.parse('2025-01-06T09:00:00.000Z');
const DAY_MS = 24 * 3600 * 1000;
const ACTOR = { name: 'bench-seed', role: 'operator' };
const NOTICE_VERSION = 'webcasso-2026-1';

/**
 * A personal free-text field in its stored form: sealed like the codec seals it, under its scope (a basis's
 * evidence under its purpose, the rest in the first period), and never opened here.
 */
const sealed = (bytes: number, scope = 'period:0') =>
  `enc:v2:${scope}:${randomBytes(28 + bytes).toString('base64')}`;

type Body = Pick<EventToAppend, 'type' | 'data'>;

/**
 * The life of a debtor's file, one event after another: bases for collection and credit checks, an objection
 * and its decision, a restriction and its lifting, a withdrawal, the fiscal retention basis. A subject of
 * `n` events has the first `n` of these (the tenth is the last), with ids of its own.
 */
function lifeOfAFile(at: (step: number) => string): Body[] {
  const ids = { collection: randomUUID(), credit: randomUUID(), contact: randomUUID(), payout: randomUUID() };
  const objectionId = randomUUID();
  const restrictionId = randomUUID();
  // Each basis records the privacy statement shown with it (arts. 13, 14), so no subject stays owed a notice.
  const basis = (basisId: string, purpose: string, legalBasis: string, step: number) => ({
    type: 'BasisEstablished',
    data: {
      basisId,
      purpose,
      legalBasis,
      evidence: sealed(16, `purpose:${purpose}`),
      validFrom: at(step),
      noticeVersion: NOTICE_VERSION,
    },
  });
  return [
    basis(ids.collection, 'collection', 'contract', 0),
    basis(ids.credit, 'credit-check-sharing', 'legitimate-interests', 1),
    basis(ids.contact, 'debtor-contact', 'contract', 2),
    {
      type: 'ObjectionFiled',
      data: { objectionId, purposes: ['credit-check-sharing'], grounds: sealed(60), channel: 'letter' },
    },
    { type: 'ObjectionOverridden', data: { objectionId, motivation: sealed(80) } },
    basis(ids.payout, 'payouts', 'contract', 5),
    {
      type: 'RestrictionApplied',
      data: { restrictionId, ground: 'accuracy-contested', dataCategories: ['phone'], note: sealed(30) },
    },
    { type: 'RestrictionLifted', data: { restrictionId, reason: sealed(20), subjectInformedAt: at(7) } },
    { type: 'BasisWithdrawn', data: { basisId: ids.payout, purpose: 'payouts', reason: 'contract-ended' } },
    {
      type: 'BasisEstablished',
      data: {
        basisId: randomUUID(),
        purpose: 'fiscal-retention',
        legalBasis: 'legal-obligation',
        validFrom: at(9),
        validUntil: '2032-01-06T09:00:00.000Z',
        noticeVersion: NOTICE_VERSION,
      },
    },
  ];
}

/** The first `count` (1..10) events of a subject's file, chained and hashed as the ledger stores them. */
export function syntheticHistory(subjectId: string, count: number, seed = 0): EventToAppend[] {
  const base = START_MS + (seed % 300) * DAY_MS;
  const at = (step: number) => new Date(base + step * 3 * DAY_MS + (seed % 997) * 1000).toISOString();
  const events: EventToAppend[] = [];
  let prevHash = GENESIS_HASH;
  for (const [revision, body] of lifeOfAFile(at).slice(0, count).entries()) {
    const unhashed = {
      eventId: randomUUID(),
      streamId: subjectId,
      revision,
      type: body.type,
      occurredAt: at(revision),
      recordedAt: at(revision),
      actor: ACTOR,
      data: body.data,
      prevHash,
    };
    const event = { ...unhashed, hash: hashEvent(unhashed) };
    events.push(event);
    prevHash = event.hash;
  }
  return events;
}

/** The purposes a synthetic file speaks about, for checks that find something to decide. */
export const CHECKED_PURPOSES = [
  'collection',
  'credit-check-sharing',
  'debtor-contact',
  'payouts',
  'fiscal-retention',
];

export const subjectIdOf = (index: number) => `debtor-${String(index).padStart(7, '0')}`;
