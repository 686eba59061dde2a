import { PurposeDefinition } from '../catalogue/purpose';
import { basis, t } from '../testing/events';
import { given, purposeOf } from '../testing/specification';

/** Contract section 4, step 5: the basis must fit what the check asks. */
describe('decide: basis fit', () => {
  const at = t('2026-11-24');

  describe('consent required for e-mail and telephone marketing (Telecommunicatiewet art. 11.7)', () => {
    const interests = basis('li', 'prospect-contact', 'legitimate-interests');
    const consent = basis('c1', 'prospect-contact', 'consent');

    it.each([[undefined], [['email']], [['naw', 'phone']]])(
      'decide_Tw11_7_ProspectContactOnLegitimateInterests_AskingFor %p_DeniesConsentRequired',
      (categories) => {
        given(interests)
          .whenDeciding('prospect-contact', at, { categories })
          .thenDenied('CONSENT_REQUIRED', 'BasisEstablished:li');
      },
    );

    it('decide_Tw11_7_ProspectContactByPostOnLegitimateInterests_Permits', () => {
      given(interests)
        .whenDeciding('prospect-contact', at, { categories: ['naw'] })
        .thenPermitted('li');
    });

    it('decide_Tw11_7_ProspectContactWithConsent_PermitsOnTheConsent', () => {
      given(interests, consent).whenDeciding('prospect-contact', at).thenPermitted('c1');
      given(interests, consent)
        .whenDeciding('prospect-contact', at, { categories: ['email'] })
        .thenPermitted('c1');
    });

    it('decide_AnEmptyCategoryList_AsksAboutAllCategories_NeverAnsweringMore', () => {
      given(interests)
        .whenDeciding('prospect-contact', at, { categories: [] })
        .thenDenied('CONSENT_REQUIRED', 'BasisEstablished:li');
    });
  });

  describe('solely automated decisions (art. 22(2))', () => {
    const scoring: PurposeDefinition = {
      ...purposeOf('credit-check-sharing'),
      id: 'credit-scoring',
      legalBases: ['contract', 'legitimate-interests', 'consent'],
      solelyAutomatedDecisions: true,
      automatedDecisionGround: 'contract',
    };

    it('decide_Art22_2_OnABasisTheGroundDoesNotName_DeniesAutomatedDecisionNotAllowed', () => {
      given(basis('li', 'credit-scoring', 'legitimate-interests'), basis('c1', 'credit-scoring', 'consent'))
        .whenDeciding(scoring, at)
        .thenDenied('AUTOMATED_DECISION_NOT_ALLOWED', 'BasisEstablished:c1');
    });

    it('decide_Art22_2_a_OnTheContractTheGroundNames_Permits', () => {
      given(basis('li', 'credit-scoring', 'legitimate-interests'), basis('k1', 'credit-scoring', 'contract'))
        .whenDeciding(scoring, at)
        .thenPermitted('k1');
    });

    it('decide_Art22_2_c_ExplicitConsent_PermitsOnConsentEvenBesideAContract', () => {
      const explicit: PurposeDefinition = { ...scoring, automatedDecisionGround: 'explicit-consent' };
      given(basis('k1', 'credit-scoring', 'contract'), basis('c1', 'credit-scoring', 'consent'))
        .whenDeciding(explicit, at)
        .thenPermitted('c1');
    });
  });
});
