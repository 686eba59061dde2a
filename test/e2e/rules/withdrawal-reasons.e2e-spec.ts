import { refusal } from '../../support/command-answers';
import { COLLECTION_CONTRACT, consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/**
 * A withdrawal's reason must fit the basis it ends (contract section 5; art. 7(3)): `consent-withdrawn` ends
 * only a consent, `contract-ended` only a contract; `no-longer-necessary` and `other` any basis.
 */
describeOnEachStore('withdrawal reasons over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('withdrawing');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const withdraw = (person: SubjectOnLedger, basisId: string, reason: string) =>
    ledger.post(`${person.path}/bases/${basisId}/withdrawal`, { reason }, 'operator');

  it('withdrawBasis_Art7_3_AReasonThatDoesNotFitTheBasis_Answers422ReasonNotApplicable_AndTheBasisStands', async () => {
    const person = subject();
    const contract = await person.establish(COLLECTION_CONTRACT);
    const given = await person.establish(consent('call-recording'));
    expect(refusal(await withdraw(person, contract.basisId, 'consent-withdrawn'))).toEqual({
      status: 422,
      code: 'REASON_NOT_APPLICABLE',
    });
    expect(refusal(await withdraw(person, given.basisId, 'contract-ended'))).toEqual({
      status: 422,
      code: 'REASON_NOT_APPLICABLE',
    });
    expect(await person.events()).toHaveLength(2);
    expect(await person.reason('collection')).toBe('BASIS_ACTIVE');
    expect(await person.reason('call-recording')).toBe('BASIS_ACTIVE');
  });

  it('withdrawBasis_Art7_3_AReasonThatFits_EndsTheBasis', async () => {
    const person = subject();
    const cases: [object, string][] = [
      [COLLECTION_CONTRACT, 'contract-ended'],
      [consent('call-recording'), 'consent-withdrawn'],
      [
        { purpose: 'credit-check-sharing', legalBasis: 'legitimate-interests', evidence: 'BT-7' },
        'no-longer-necessary',
      ],
      [{ purpose: 'payouts', legalBasis: 'legal-obligation' }, 'other'],
    ];
    for (const [body, reason] of cases) {
      const { basisId } = await person.establish(body);
      expect((await withdraw(person, basisId, reason)).status).toBe(201);
    }
    const withdrawn = (await person.events()).filter((event) => event.type === 'BasisWithdrawn');
    expect(withdrawn.map((event) => [event.data.purpose, event.data.reason])).toEqual([
      ['collection', 'contract-ended'],
      ['call-recording', 'consent-withdrawn'],
      ['credit-check-sharing', 'no-longer-necessary'],
      ['payouts', 'other'],
    ]);
    for (const purpose of ['collection', 'call-recording', 'credit-check-sharing', 'payouts']) {
      expect(await person.reason(purpose)).toBe('BASIS_WITHDRAWN');
    }
  });
});
