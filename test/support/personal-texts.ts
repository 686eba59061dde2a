import { randomBytes } from 'node:crypto';
import { consent, lifting } from './lawful-bodies';

/**
 * One marker per personal free-text field the contract names (evidence, note, grounds, motivation, the
 * reason of a lifting, the evidence of an objection's withdrawal), unique to a test run, so a search of raw
 * storage or logs finds exactly these. The erasure's note comes last: it is the one recorded by the erasure.
 */
export function personalTexts() {
  const tag = randomBytes(6).toString('hex');
  return {
    evidence: `evidence of Jan Jansen ${tag}`,
    withdrawalNote: `note on Jan Jansen's withdrawal ${tag}`,
    balancingTest: `balancing test on Jan Jansen ${tag}`,
    grounds: `grounds of Jan Jansen ${tag}`,
    motivation: `motivation about Jan Jansen ${tag}`,
    objectionWithdrawal: `letter of Jan Jansen withdrawing his objection ${tag}`,
    restrictionNote: `restriction note on Jan Jansen ${tag}`,
    liftingReason: `lifting reason for Jan Jansen ${tag}`,
    erasureNote: `erasure note for Jan Jansen ${tag}`,
  };
}

export type PersonalTexts = ReturnType<typeof personalTexts>;

/** The texts recorded before any erasure: all but the erasure's note. */
export const textsBeforeErasure = ({ erasureNote: _, ...before }: PersonalTexts) => Object.values(before);

type Post = (path: string, body: unknown) => Promise<{ status: number; body: any }>;

/** Records, through the API, one event carrying each personal text (the erasure's note aside). */
export async function recordPersonalTexts(
  post: Post,
  subjectId: string,
  texts: PersonalTexts,
): Promise<void> {
  const base = `/v1/subjects/${subjectId}`;
  const answers: { status: number; body: any }[] = [];
  const record = async (path: string, body: unknown) => {
    const answer = await post(path, body);
    answers.push(answer);
    return answer.body;
  };
  const given = await record(`${base}/bases`, consent('recruitment', { evidence: texts.evidence }));
  await record(`${base}/bases/${given.basisId}/withdrawal`, {
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
  await record(`${base}/objections/${objection.objectionId}/withdrawal`, {
    evidence: texts.objectionWithdrawal,
  });
  const restriction = await record(`${base}/restrictions`, {
    ground: 'accuracy-contested',
    note: texts.restrictionNote,
  });
  await record(`${base}/restrictions/${restriction.restrictionId}/lifting`, lifting(texts.liftingReason));
  const refused = answers.find((answer) => answer.status !== 201);
  if (refused) throw new Error(`the ledger refused a command: ${JSON.stringify(refused.body)}`);
}
