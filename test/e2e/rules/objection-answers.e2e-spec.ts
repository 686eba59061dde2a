import { COLLECTION_CONTRACT } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/**
 * An objection may name any purpose (art. 21(1)); those whose rule is `none` rest on no basis art. 21 applies
 * to. They are recorded like the others and named in the answer's `notApplicable`, so the DPO can tell the
 * person why the objection changes nothing for them (contract section 5).
 */
describeOnEachStore("an objection's answer over HTTP", (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('answered');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('fileObjection_Art21_1_PurposesWithRuleNone_AreRecorded_AndAnsweredAsNotApplicable', async () => {
    const person = subject();
    await person.establish({ purpose: 'payouts', legalBasis: 'contract', evidence: 'payout order P-5' });
    await person.establish(COLLECTION_CONTRACT);
    const purposes = ['payouts', 'collection', 'fiscal-retention'];
    const answer = await person.command('objections', { purposes }, 'operator');
    expect(answer).toMatchObject({ type: 'ObjectionFiled', notApplicable: ['payouts', 'fiscal-retention'] });
    expect((await person.events())[2].data).toMatchObject({ objectionId: answer.objectionId, purposes });
    // Art. 21 does not reach a contract: the objection changes no decision.
    expect(await person.reason('payouts')).toBe('BASIS_ACTIVE');
    expect(await person.reason('collection')).toBe('BASIS_ACTIVE');
  });

  it('fileObjection_Art21_1_WhenEveryPurposeNamedTakesAnObjection_NotApplicableIsEmpty', async () => {
    const person = subject();
    const answer = await person.command('objections', {
      purposes: ['collection', 'prospect-contact', 'legal-claims'],
    });
    expect(answer.notApplicable).toEqual([]);
  });

  it('fileObjection_Art21_1_AnObjectionNamingOnlyPurposesWithRuleNone_IsAnsweredAllNotApplicable', async () => {
    const person = subject();
    const answer = await person.command('objections', {
      purposes: ['rights-verification', 'client-contract'],
    });
    expect(answer.notApplicable).toEqual(['rights-verification', 'client-contract']);
    const queue = (await ledger.get('/v1/objections?status=pending', 'auditor')).body.objections;
    expect(queue.find((entry: any) => entry.objectionId === answer.objectionId)).toMatchObject({
      purposes: ['rights-verification', 'client-contract'],
    });
  });
});
