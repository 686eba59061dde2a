import { refusal } from '../../support/command-answers';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/**
 * The controller must be able to show each basis (art. 5(2)): a contract, assignment or mandate, a balancing
 * test. Every basis but a legal obligation is recorded with its evidence (contract section 5).
 */
describeOnEachStore('the evidence of a basis over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('evidenced');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('establishBasis_Art5_2_AContractOrLegitimateInterestsWithoutEvidence_Answers422EvidenceRequired', async () => {
    const person = subject();
    for (const body of [
      { purpose: 'collection', legalBasis: 'contract' },
      { purpose: 'credit-check-sharing', legalBasis: 'legitimate-interests' },
      // Blank evidence shows nothing either.
      { purpose: 'collection', legalBasis: 'legitimate-interests', evidence: '' },
      { purpose: 'collection', legalBasis: 'contract', evidence: '   ' },
    ]) {
      const answer = await ledger.post(`${person.path}/bases`, body, 'operator');
      expect({ body, ...refusal(answer) }).toEqual({ body, status: 422, code: 'EVIDENCE_REQUIRED' });
    }
    expect(await person.events()).toEqual([]);
    expect(await person.reason('collection')).toBe('NO_BASIS');
  });

  it('establishBasis_Art5_2_WithItsEvidence_TheBasisCountsAndKeepsTheReference', async () => {
    const person = subject();
    const { basisId } = await person.establish({
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
    });
    expect((await person.events())[0].data).toMatchObject({ basisId, evidence: 'balancing test BT-7' });
    expect(await person.decision('credit-check-sharing')).toMatchObject({
      permitted: true,
      basis: { basisId },
    });
  });

  it('establishBasis_Art6_1_c_ALegalObligation_NeedsNoEvidence', async () => {
    const person = subject();
    await person.establish({ purpose: 'fiscal-retention', legalBasis: 'legal-obligation' });
    await person.establish({ purpose: 'payouts', legalBasis: 'legal-obligation' });
    expect(await person.reason('fiscal-retention')).toBe('BASIS_ACTIVE');
    expect(await person.reason('payouts')).toBe('BASIS_ACTIVE');
  });
});
