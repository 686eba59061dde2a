import { consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const MARKETING_TEST = { purpose: 'prospect-contact', legalBasis: 'legitimate-interests', evidence: 'BT-12' };

/**
 * Marketing by e-mail or telephone needs the person's prior consent (Telecommunicatiewet art. 11.7): the default
 * `prospect-contact` lists `email` and `phone` in `consentRequiredFor`, so a check that names one of them, or
 * names no categories and so asks about all, is permitted only on consent (contract section 4, step 5).
 */
describeOnEachStore('consent required for e-mail and telephone marketing over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('prospect');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('decide_Tw11_7_OnLegitimateInterests_MarketingByPost_IsPermitted', async () => {
    const person = subject();
    const { basisId } = await person.establish(MARKETING_TEST);
    expect(await person.decision('prospect-contact', 'categories=naw')).toMatchObject({
      permitted: true,
      basis: { basisId, legalBasis: 'legitimate-interests' },
    });
  });

  it('decide_Tw11_7_OnLegitimateInterests_EmailOrPhone_IsRefusedConsentRequired', async () => {
    const person = subject();
    await person.establish(MARKETING_TEST);
    for (const categories of ['email', 'phone', 'naw,email', 'phone,naw']) {
      const decision = await person.decision('prospect-contact', `categories=${categories}`);
      expect({ categories, permitted: decision.permitted, reason: decision.reasons[0].code }).toEqual({
        categories,
        permitted: false,
        reason: 'CONSENT_REQUIRED',
      });
      expect(decision.basis).toBeNull();
    }
  });

  it('decide_Tw11_7_ACheckNamingNoCategories_AsksAboutAll_AndNeedsConsent', async () => {
    const person = subject();
    await person.establish(MARKETING_TEST);
    expect(await person.reason('prospect-contact')).toBe('CONSENT_REQUIRED');
  });

  it('decide_Tw11_7_WithConsent_EmailAndPhone_ArePermitted', async () => {
    const person = subject();
    await person.establish(MARKETING_TEST);
    const given = await person.establish(consent('prospect-contact'));
    for (const query of ['categories=email', 'categories=phone,naw', '']) {
      expect(await person.decision('prospect-contact', query)).toMatchObject({
        permitted: true,
        basis: { basisId: given.basisId, legalBasis: 'consent' },
      });
    }
  });

  it('checkPermissions_Tw11_7_TheBatchAndEveryPurposeRoute_ApplyTheSameRule', async () => {
    const person = subject();
    await person.establish(MARKETING_TEST);
    const batch = await ledger.post(
      '/v1/permissions/check',
      {
        checks: [
          { subjectId: person.id, purpose: 'prospect-contact', categories: ['naw'] },
          { subjectId: person.id, purpose: 'prospect-contact', categories: ['email'] },
          { subjectId: person.id, purpose: 'prospect-contact' },
        ],
      },
      'system',
    );
    expect(batch.body.results.map((result: any) => result.reasons[0].code)).toEqual([
      'BASIS_ACTIVE',
      'CONSENT_REQUIRED',
      'CONSENT_REQUIRED',
    ]);
    const everyPurpose = async (categories: string) =>
      (await ledger.get(`${person.path}/permissions?categories=${categories}`)).body.decisions.find(
        (decision: any) => decision.purpose === 'prospect-contact',
      ).reasons[0].code;
    expect(await everyPurpose('email')).toBe('CONSENT_REQUIRED');
    expect(await everyPurpose('naw')).toBe('BASIS_ACTIVE');
  });
});
