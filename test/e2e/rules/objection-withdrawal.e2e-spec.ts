import { refusal } from '../../support/command-answers';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const FILED = '2026-03-01T09:00:00.000Z';
const WITHDRAWN = '2026-03-10T09:00:00.000Z';
const BALANCING_TEST = {
  purpose: 'credit-check-sharing',
  legalBasis: 'legitimate-interests',
  evidence: 'BT-7',
};

/**
 * A person may take an objection back (contract section 5; art. 21, and art. 7(3) by analogy):
 * `POST .../objections/{id}/withdrawal` with what shows it. From then on the objection blocks nothing, it
 * leaves the DPO's queue, and the history says what changed the decision.
 */
describeOnEachStore('withdrawing an objection over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('reconsidering');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  /** A subject with a basis for credit checks and an undecided objection to them. */
  async function objecting() {
    const person = subject();
    await person.establish({ ...BALANCING_TEST, occurredAt: T0 });
    const objection = await person.object(['credit-check-sharing'], { occurredAt: FILED });
    const withdrawal = `${person.path}/objections/${objection.objectionId}/withdrawal`;
    return { person, objection, withdrawal };
  }

  it('withdrawObjection_Art21_IsRecordedByTheBackOffice_WithItsEvidence', async () => {
    const { person, objection, withdrawal } = await objecting();
    const answer = await ledger.post(
      withdrawal,
      { evidence: 'letter of 9 March 2026', note: 'by phone as well', occurredAt: WITHDRAWN },
      'operator',
    );
    expect(answer).toMatchObject({ status: 201, body: { type: 'ObjectionWithdrawn', revision: 2 } });
    expect((await person.events())[2]).toMatchObject({
      type: 'ObjectionWithdrawn',
      occurredAt: WITHDRAWN,
      data: {
        objectionId: objection.objectionId,
        evidence: 'letter of 9 March 2026',
        note: 'by phone as well',
      },
    });
  });

  it('withdrawObjection_Art21_WithoutEvidence_OrOfAnUnknownObjection_OrByAnotherRole_IsRefused', async () => {
    const { person, withdrawal } = await objecting();
    expect(refusal(await ledger.post(withdrawal, {}, 'operator'))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(refusal(await ledger.post(withdrawal, { evidence: '' }, 'operator'))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const unknown = `${person.path}/objections/no-such-objection/withdrawal`;
    expect(refusal(await ledger.post(unknown, { evidence: 'letter' }, 'operator'))).toEqual({
      status: 404,
      code: 'NOT_FOUND',
    });
    for (const role of ['system', 'auditor'] as const) {
      expect(refusal(await ledger.post(withdrawal, { evidence: 'letter' }, role))).toEqual({
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    expect(await person.events()).toHaveLength(2);
  });

  it('decide_Art21_AWithdrawnObjection_BlocksNothingFromItsWithdrawal', async () => {
    const { person, withdrawal } = await objecting();
    const before = new Date().toISOString();
    expect(await person.reason('credit-check-sharing')).toBe('OBJECTION_PENDING');
    await ledger.post(withdrawal, { evidence: 'letter', occurredAt: WITHDRAWN }, 'operator');
    expect(await person.decision('credit-check-sharing')).toMatchObject({
      permitted: true,
      reasons: [{ code: 'BASIS_ACTIVE' }],
    });
    // It counted while it stood, and the ledger knew of no withdrawal before it was recorded.
    expect(await person.reason('credit-check-sharing', 'at=2026-03-05T00:00:00.000Z')).toBe(
      'OBJECTION_PENDING',
    );
    expect(await person.reason('credit-check-sharing', `at=${WITHDRAWN}`)).toBe('BASIS_ACTIVE');
    expect(await person.reason('credit-check-sharing', `asOf=${before}`)).toBe('OBJECTION_PENDING');
  });

  it('pendingObjections_Art12_3_AWithdrawnObjection_LeavesTheQueue', async () => {
    const { person, objection, withdrawal } = await objecting();
    const queued = async () =>
      (await ledger.get('/v1/objections?status=pending', 'dpo')).body.objections.map(
        (o: any) => o.objectionId,
      );
    expect(await queued()).toContain(objection.objectionId);
    await ledger.post(withdrawal, { evidence: 'letter' }, 'operator');
    expect(await queued()).not.toContain(objection.objectionId);
    expect(await person.events()).toHaveLength(3);
  });

  it('history_Art21_TheWithdrawalIsTheCauseOfTheChangeItBrought', async () => {
    const { person, objection, withdrawal } = await objecting();
    const withdrawn = (
      await ledger.post(withdrawal, { evidence: 'letter', occurredAt: WITHDRAWN }, 'operator')
    ).body;
    const history = await ledger.get(`${person.path}/history?purpose=credit-check-sharing`, 'auditor');
    expect(
      history.body.changes.map((change: any) => [change.at, change.reasons[0].code, change.causedBy]),
    ).toEqual([
      [T0, 'BASIS_ACTIVE', { eventId: expect.any(String), type: 'BasisEstablished' }],
      [FILED, 'OBJECTION_PENDING', { eventId: objection.eventId, type: 'ObjectionFiled' }],
      [WITHDRAWN, 'BASIS_ACTIVE', { eventId: withdrawn.eventId, type: 'ObjectionWithdrawn' }],
    ]);
  });

  it('withdrawObjection_Art21_OnceWithdrawn_ItCanBeNeitherWithdrawnAgainNorDecided_Answers409', async () => {
    const { person, objection, withdrawal } = await objecting();
    await ledger.post(withdrawal, { evidence: 'letter' }, 'operator');
    expect(refusal(await ledger.post(withdrawal, { evidence: 'letter again' }, 'operator'))).toEqual({
      status: 409,
      code: 'ALREADY_WITHDRAWN',
    });
    const decision = `${person.path}/objections/${objection.objectionId}/decision`;
    expect(refusal(await ledger.post(decision, { outcome: 'upheld' }))).toEqual({
      status: 409,
      code: 'ALREADY_WITHDRAWN',
    });
    expect(await person.events()).toHaveLength(3);
  });

  it('withdrawObjection_Art21_AnUpheldObjection_CanBeWithdrawn_AndStopsBlocking', async () => {
    const { person, objection, withdrawal } = await objecting();
    await person.command(`objections/${objection.objectionId}/decision`, { outcome: 'upheld' });
    expect(await person.reason('credit-check-sharing')).toBe('OBJECTION_UPHELD');
    await ledger.post(withdrawal, { evidence: 'letter' }, 'operator');
    expect(await person.reason('credit-check-sharing')).toBe('BASIS_ACTIVE');
  });
});
