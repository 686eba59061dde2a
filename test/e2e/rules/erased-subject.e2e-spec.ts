import { refusal } from '../../support/command-answers';
import { COLLECTION_CONTRACT, lifting, NOTICE } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const CLAIM_FILE = { purpose: 'legal-claims', legalBasis: 'legitimate-interests', evidence: 'claim file 7' };

/**
 * What an erasure keeps is still personal data, and arts. 15 to 21 still apply to it (art. 17(3)): an erased
 * subject takes withdrawals, objections and restrictions that concern only its kept purposes. Anything else is
 * `409 SUBJECT_ERASED` (contract section 5).
 */
describeOnEachStore('what an erased subject still takes, over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('kept');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  /** A debtor erased but for a legal claim, with the ids of its bases. */
  async function erasedButForTheClaim() {
    const person = subject();
    const collection = await person.establish(COLLECTION_CONTRACT);
    const claim = await person.establish(CLAIM_FILE);
    await person.command('erasure', { retain: ['legal-claims'] });
    return { person, collection, claim };
  }

  it('afterErasure_Art21_1_AnObjectionToAKeptPurpose_IsFiledAndDecided', async () => {
    const { person } = await erasedButForTheClaim();
    const objection = await person.object(['legal-claims'], { grounds: 'the claim is paid' });
    expect(await person.reason('legal-claims')).toBe('BASIS_ACTIVE');
    await person.command(`objections/${objection.objectionId}/decision`, { outcome: 'upheld' });
    expect(await person.reason('legal-claims')).toBe('OBJECTION_UPHELD');
  });

  it('afterErasure_Art18_ARestrictionOfAKeptPurpose_IsAppliedAndLifted', async () => {
    const { person } = await erasedButForTheClaim();
    const { restrictionId } = await person.command('restrictions', {
      ground: 'accuracy-contested',
      purposes: ['legal-claims'],
    });
    // Legal claims may go on under a restriction (art. 18(2)).
    expect((await person.decision('legal-claims')).reasons.map((reason: any) => reason.code)).toEqual([
      'BASIS_ACTIVE',
      'RESTRICTION_EXEMPT',
    ]);
    await person.command(`restrictions/${restrictionId}/lifting`, lifting('amount confirmed'));
    expect((await person.decision('legal-claims')).reasons).toHaveLength(1);
  });

  it('afterErasure_Art7_3_TheWithdrawalOfAKeptPurposesBasis_IsRecorded', async () => {
    const { person, claim } = await erasedButForTheClaim();
    await person.command(`bases/${claim.basisId}/withdrawal`, { reason: 'no-longer-necessary' });
    expect(await person.reason('legal-claims')).toBe('BASIS_WITHDRAWN');
  });

  it('afterErasure_Art17_1_AnythingElse_Answers409SubjectErased', async () => {
    const { person, collection } = await erasedButForTheClaim();
    const attempts: [string, object][] = [
      ['bases', CLAIM_FILE],
      ['bases', COLLECTION_CONTRACT],
      [`bases/${collection.basisId}/withdrawal`, { reason: 'contract-ended' }],
      ['objections', { purposes: ['collection'] }],
      ['objections', { purposes: ['legal-claims', 'collection'] }],
      ['restrictions', { ground: 'accuracy-contested', purposes: ['collection'] }],
      ['notices', { noticeVersion: NOTICE, channel: 'letter' }],
    ];
    for (const [route, body] of attempts) {
      const answer = await ledger.post(`${person.path}/${route}`, body);
      expect({ route, body, ...refusal(answer) }).toEqual({
        route,
        body,
        status: 409,
        code: 'SUBJECT_ERASED',
      });
    }
    expect(await person.events()).toHaveLength(3);
  });

  it('pendingObjections_Art12_3_AnObjectionToAKeptPurpose_StaysInTheQueueThroughTheErasure', async () => {
    const person = subject();
    await person.establish(CLAIM_FILE);
    const objection = await person.object(['legal-claims']);
    const dropped = await person.object(['collection']);
    await person.command('erasure', { retain: ['legal-claims'] });
    const queued = (await ledger.get('/v1/objections?status=pending', 'dpo')).body.objections.map(
      (entry: any) => entry.objectionId,
    );
    // The first can still be decided, and must be within its deadline; the second concerns nothing kept.
    expect(queued).toContain(objection.objectionId);
    expect(queued).not.toContain(dropped.objectionId);
  });
});
