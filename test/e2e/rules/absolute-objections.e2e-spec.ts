import { refusal } from '../../support/command-answers';
import { consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const FILED = '2026-03-01T09:00:00.000Z';
const LATER = '2026-04-01T09:00:00.000Z';
const MARKETING_TEST = { legalBasis: 'legitimate-interests', evidence: 'balancing test BT-12' };

/**
 * Objections to direct marketing (art. 21(3)) and to statistics outside a public task (art. 21(6)) are
 * absolute: they block every basis from the moment they are filed and cannot be overridden; only a consent the
 * person gives afterwards opts them back in (contract sections 4 and 5).
 */
describeOnEachStore('absolute objections over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('prospect');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const decide = (person: SubjectOnLedger, objectionId: string, body: object) =>
    ledger.post(`${person.path}/objections/${objectionId}/decision`, body);

  it('decide_Art21_3_AnObjectionToDirectMarketing_BlocksEveryBasisFromFiling_UndecidedAsUpheld', async () => {
    const person = subject();
    await person.establish(consent('prospect-contact', { occurredAt: T0 }));
    await person.establish({ purpose: 'prospect-contact', ...MARKETING_TEST, occurredAt: T0 });
    expect(await person.reason('prospect-contact', 'categories=naw')).toBe('BASIS_ACTIVE');
    const objection = await person.object(['prospect-contact'], { occurredAt: FILED });
    for (const categories of ['naw', 'email', 'naw,phone']) {
      expect(await person.decision('prospect-contact', `categories=${categories}`)).toMatchObject({
        permitted: false,
        reasons: [{ code: 'OBJECTION_UPHELD', eventId: objection.eventId }],
      });
    }
    expect(await person.reason('prospect-contact', `at=${T0}`)).toBe('BASIS_ACTIVE');
  });

  it('decideObjection_Art21_3_AnObjectionToDirectMarketing_CannotBeOverridden_Answers422', async () => {
    const person = subject();
    await person.establish({ purpose: 'prospect-contact', ...MARKETING_TEST, occurredAt: T0 });
    const objection = await person.object(['prospect-contact'], { occurredAt: FILED });
    const override = { outcome: 'overridden', motivation: 'the campaign outweighs it' };
    expect((await decide(person, objection.objectionId, override)).body).toMatchObject({
      status: 422,
      code: 'OVERRIDE_NOT_ALLOWED',
      fields: [{ field: 'outcome' }],
    });
    expect(await person.events()).toHaveLength(2);
    expect((await decide(person, objection.objectionId, { outcome: 'upheld' })).status).toBe(201);
    expect(await person.reason('prospect-contact', 'categories=naw')).toBe('OBJECTION_UPHELD');
  });

  it('decideObjection_Art21_6_AnObjectionToStatistics_BlocksAtOnce_AndCannotBeOverridden', async () => {
    const person = subject();
    await person.establish({ purpose: 'statistics', ...MARKETING_TEST, occurredAt: T0 });
    const objection = await person.object(['statistics'], { occurredAt: FILED });
    expect(await person.reason('statistics')).toBe('OBJECTION_UPHELD');
    const override = { outcome: 'overridden', motivation: 'research interest' };
    expect(refusal(await decide(person, objection.objectionId, override))).toEqual({
      status: 422,
      code: 'OVERRIDE_NOT_ALLOWED',
    });
    expect(await person.events()).toHaveLength(2);
  });

  it('decideObjection_Art21_1_Art21_3_AnObjectionAlsoToABalancingPurpose_IsOverriddenForThatOneOnly', async () => {
    const person = subject();
    await person.establish({ purpose: 'prospect-contact', ...MARKETING_TEST, occurredAt: T0 });
    await person.establish({ purpose: 'collection', ...MARKETING_TEST, occurredAt: T0 });
    const objection = await person.object(['prospect-contact', 'collection'], { occurredAt: FILED });
    const override = { outcome: 'overridden', motivation: 'the claim is well founded' };
    expect((await decide(person, objection.objectionId, override)).status).toBe(201);
    expect((await person.decision('collection')).reasons.map((r: any) => r.code)).toEqual([
      'BASIS_ACTIVE',
      'OBJECTION_OVERRIDDEN',
    ]);
    expect(await person.reason('prospect-contact', 'categories=naw')).toBe('OBJECTION_UPHELD');
  });

  it('decide_Art21_3_AConsentGivenAfterTheObjection_OptsThePersonBackIn', async () => {
    const person = subject();
    const before = await person.establish(consent('prospect-contact', { occurredAt: T0 }));
    await person.object(['prospect-contact'], { occurredAt: FILED });
    // A balancing test after the objection changes nothing: only the person can opt in again.
    await person.establish({ purpose: 'prospect-contact', ...MARKETING_TEST, occurredAt: LATER });
    expect(await person.reason('prospect-contact', 'categories=naw')).toBe('OBJECTION_UPHELD');
    const optIn = await person.establish(consent('prospect-contact', { occurredAt: LATER }));
    const decision = await person.decision('prospect-contact', 'categories=email');
    expect(decision).toMatchObject({
      permitted: true,
      basis: { basisId: optIn.basisId, legalBasis: 'consent' },
    });
    expect(decision.basis.basisId).not.toBe(before.basisId);
    expect(await person.reason('prospect-contact', `at=${FILED}`)).toBe('OBJECTION_UPHELD');
  });
});
