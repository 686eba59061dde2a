import { consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-04-01T09:00:00.000Z';
const BALANCING_TEST = { legalBasis: 'legitimate-interests', evidence: 'balancing test BT-9' };

/**
 * A controller that chose consent may not fall back on legitimate interests when the consent ends (EDPB
 * Guidelines 05/2020 on consent, §§ 121-123; contract section 4, step 3). `call-recording` rests on either.
 */
describeOnEachStore('no swap to legitimate interests after consent ends, over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('caller');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('decide_EDPB_05_2020_OnceTheConsentIsWithdrawn_LegitimateInterestsNoLongerCount', async () => {
    const person = subject();
    await person.establish({ purpose: 'call-recording', ...BALANCING_TEST, occurredAt: T0 });
    const given = await person.establish(consent('call-recording', { occurredAt: T0 }));
    expect(await person.decision('call-recording', `at=${T1}`)).toMatchObject({
      permitted: true,
      basis: { basisId: given.basisId, legalBasis: 'consent' },
    });
    const withdrawal = await person.command('bases/' + given.basisId + '/withdrawal', {
      reason: 'consent-withdrawn',
      occurredAt: T1,
    });
    expect(await person.decision('call-recording')).toMatchObject({
      permitted: false,
      reasons: [{ code: 'BASIS_WITHDRAWN', eventId: withdrawal.eventId }],
    });
    // Before the withdrawal the consent carried it; the legitimate interests never take over.
    expect(await person.reason('call-recording', `at=${T0}`)).toBe('BASIS_ACTIVE');
  });

  it('decide_EDPB_05_2020_ALegitimateInterestsBasisRecordedAfterTheConsentEnded_DoesNotCountEither', async () => {
    const person = subject();
    const given = await person.establish(consent('call-recording', { occurredAt: T0 }));
    await person.command(`bases/${given.basisId}/withdrawal`, {
      reason: 'consent-withdrawn',
      occurredAt: T1,
    });
    await person.establish({ purpose: 'call-recording', ...BALANCING_TEST, occurredAt: T2 });
    expect(await person.reason('call-recording')).toBe('BASIS_WITHDRAWN');
  });

  it('decide_EDPB_05_2020_AnExpiredConsent_EndsLegitimateInterestsFromItsEnd', async () => {
    const person = subject();
    await person.establish({ purpose: 'call-recording', ...BALANCING_TEST, occurredAt: T0 });
    await person.establish(consent('call-recording', { occurredAt: T0, validUntil: T1 }));
    expect(await person.reason('call-recording', `at=${T0}`)).toBe('BASIS_ACTIVE');
    expect(await person.reason('call-recording', `at=${T1}`)).toBe('BASIS_EXPIRED');
    expect(await person.reason('call-recording')).toBe('BASIS_EXPIRED');
  });

  it('decide_EDPB_05_2020_AConsentGivenLater_CountsWhileItIsActive', async () => {
    const person = subject();
    const first = await person.establish(consent('call-recording', { occurredAt: T0 }));
    await person.command(`bases/${first.basisId}/withdrawal`, {
      reason: 'consent-withdrawn',
      occurredAt: T1,
    });
    const again = await person.establish(consent('call-recording', { occurredAt: T2 }));
    expect(await person.decision('call-recording')).toMatchObject({
      permitted: true,
      basis: { basisId: again.basisId, legalBasis: 'consent' },
    });
    expect(await person.reason('call-recording', `at=${T1}`)).toBe('BASIS_WITHDRAWN');
  });

  it('decide_EDPB_05_2020_AContractStillCarriesThePurpose_AndOtherPurposesKeepTheirLegitimateInterests', async () => {
    const person = subject();
    const given = await person.establish(consent('recruitment', { occurredAt: T0 }));
    const application = await person.establish({
      purpose: 'recruitment',
      legalBasis: 'contract',
      evidence: 'application A-88',
      occurredAt: T0,
    });
    await person.establish({ purpose: 'collection', ...BALANCING_TEST, occurredAt: T0 });
    await person.command(`bases/${given.basisId}/withdrawal`, {
      reason: 'consent-withdrawn',
      occurredAt: T1,
    });
    expect(await person.decision('recruitment', `at=${T2}`)).toMatchObject({
      permitted: true,
      basis: { basisId: application.basisId, legalBasis: 'contract' },
    });
    expect(await person.reason('collection', `at=${T2}`)).toBe('BASIS_ACTIVE');
  });
});
