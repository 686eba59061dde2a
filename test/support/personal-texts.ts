import { randomBytes } from 'node:crypto';

/**
 * One marker per personal free text a subject's life in the ledger writes (evidence, notes, grounds,
 * motivation, the reason of a lifting), unique to a test run, so a search of raw storage or logs finds
 * exactly these.
 */
export function personalTexts() {
  const tag = randomBytes(6).toString('hex');
  return {
    fiscalEvidence: `tax records of Jan Jansen ${tag}`,
    collectionEvidence: `claim against Jan Jansen ${tag}`,
    consentReceipt: `consent receipt of Jan Jansen ${tag}`,
    withdrawalNote: `note on Jan Jansen's withdrawal ${tag}`,
    balancingTest: `balancing test about Jan Jansen ${tag}`,
    grounds: `grounds of Jan Jansen ${tag}`,
    motivation: `motivation about Jan Jansen ${tag}`,
    restrictionNote: `restriction note on Jan Jansen ${tag}`,
    liftingReason: `lifting reason for Jan Jansen ${tag}`,
    erasureNote: `erasure note for Jan Jansen ${tag}`,
    fiscalWithdrawalNote: `Jan Jansen's tax records no longer needed ${tag}`,
    keptRestrictionNote: `Jan Jansen contests his tax records ${tag}`,
    narrowingNote: `retention of Jan Jansen's records ended ${tag}`,
  };
}

export type PersonalTexts = ReturnType<typeof personalTexts>;

type Post = (path: string, body: unknown) => Promise<{ status: number; body: any }>;

/**
 * Records, through the API, a subject's life up to its erasure, one event carrying each text in this
 * order: the fiscal-retention and collection bases, a consent and its withdrawal, a credit check on
 * legitimate interests, an objection to it and its override, a restriction and its lifting. Answers the
 * fiscal basis's id.
 */
export async function recordPersonalTexts(
  post: Post,
  subjectId: string,
  texts: PersonalTexts,
): Promise<{ fiscalBasisId: string }> {
  const base = `/v1/subjects/${subjectId}`;
  const record = async (path: string, body: unknown) => {
    const answer = await post(path, body);
    if (answer.status !== 201)
      throw new Error(`the ledger refused a command: ${JSON.stringify(answer.body)}`);
    return answer.body;
  };
  const fiscal = await record(`${base}/bases`, {
    purpose: 'fiscal-retention',
    legalBasis: 'legal-obligation',
    evidence: texts.fiscalEvidence,
  });
  await record(`${base}/bases`, {
    purpose: 'collection',
    legalBasis: 'contract',
    evidence: texts.collectionEvidence,
  });
  const consent = await record(`${base}/bases`, {
    purpose: 'recruitment',
    legalBasis: 'consent',
    evidence: texts.consentReceipt,
    noticeVersion: 'webcasso-2026-1',
  });
  await record(`${base}/bases/${consent.basisId}/withdrawal`, {
    reason: 'consent-withdrawn',
    note: texts.withdrawalNote,
  });
  await record(`${base}/bases`, {
    purpose: 'credit-check-sharing',
    legalBasis: 'legitimate-interests',
    evidence: texts.balancingTest,
  });
  const objection = await record(`${base}/objections`, {
    purposes: ['credit-check-sharing'],
    grounds: texts.grounds,
  });
  await record(`${base}/objections/${objection.objectionId}/decision`, {
    outcome: 'overridden',
    motivation: texts.motivation,
  });
  const restriction = await record(`${base}/restrictions`, {
    ground: 'accuracy-contested',
    note: texts.restrictionNote,
  });
  await record(`${base}/restrictions/${restriction.restrictionId}/lifting`, {
    reason: texts.liftingReason,
    subjectInformedAt: new Date().toISOString(),
  });
  return { fiscalBasisId: fiscal.basisId };
}
