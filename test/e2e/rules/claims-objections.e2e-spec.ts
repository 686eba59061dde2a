import { refusal } from '../../support/command-answers';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const FILED = '2026-03-01T09:00:00.000Z';
const CLAIM_FILE = {
  purpose: 'legal-claims',
  legalBasis: 'legitimate-interests',
  evidence: 'claim file 2026-0042',
};

/**
 * Legal claims may go on while an objection to them is examined (art. 21(1), last part; art. 18(2)): a
 * `claims` objection blocks legitimate interests only once upheld, and an override names the claim.
 */
describeOnEachStore('objections to legal claims over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('claimed');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  async function objectingToClaims() {
    const person = subject();
    const basis = await person.establish({ ...CLAIM_FILE, occurredAt: T0 });
    const objection = await person.object(['legal-claims'], { occurredAt: FILED });
    const decision = `${person.path}/objections/${objection.objectionId}/decision`;
    return { person, basis, objection, decision };
  }

  it('decide_Art21_1_Art18_2_AnUndecidedObjection_BlocksNothing_ButAwaitsTheDPO', async () => {
    const { person, basis, objection } = await objectingToClaims();
    expect(await person.decision('legal-claims')).toMatchObject({
      permitted: true,
      reasons: [{ code: 'BASIS_ACTIVE' }],
      basis: { basisId: basis.basisId },
    });
    const queue = (await ledger.get('/v1/objections?status=pending', 'dpo')).body.objections;
    expect(queue.map((entry: any) => entry.objectionId)).toContain(objection.objectionId);
  });

  it('decide_Art21_1_AnUpheldObjection_BlocksLegitimateInterests', async () => {
    const { person, decision } = await objectingToClaims();
    const upheld = (await ledger.post(decision, { outcome: 'upheld' })).body;
    expect(await person.decision('legal-claims')).toMatchObject({
      permitted: false,
      reasons: [{ code: 'OBJECTION_UPHELD', eventId: upheld.eventId }],
    });
  });

  it('decide_Art21_1_AnUpheldObjection_LeavesAContractBasis', async () => {
    const { person, decision } = await objectingToClaims();
    const mandate = await person.establish({
      purpose: 'legal-claims',
      legalBasis: 'contract',
      evidence: 'mandate M-3',
      occurredAt: T0,
    });
    await ledger.post(decision, { outcome: 'upheld' });
    expect(await person.decision('legal-claims')).toMatchObject({
      permitted: true,
      basis: { basisId: mandate.basisId, legalBasis: 'contract' },
    });
  });

  it('decideObjection_Art21_1_AnOverride_NamesTheClaim_AndBlocksNothing', async () => {
    const { person, decision } = await objectingToClaims();
    expect(refusal(await ledger.post(decision, { outcome: 'overridden' }))).toEqual({
      status: 422,
      code: 'MOTIVATION_REQUIRED',
    });
    const claim = 'summons of 1 March 2026, case C/13/7';
    expect((await ledger.post(decision, { outcome: 'overridden', motivation: claim })).status).toBe(201);
    expect((await person.decision('legal-claims')).reasons.map((reason: any) => reason.code)).toEqual([
      'BASIS_ACTIVE',
      'OBJECTION_OVERRIDDEN',
    ]);
    expect((await person.events())[2].data).toMatchObject({ motivation: claim });
  });
});
