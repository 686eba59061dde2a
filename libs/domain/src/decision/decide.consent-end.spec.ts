import { basis, t, withdrawn } from '../testing/events';
import { given } from '../testing/specification';

/**
 * Contract section 4, step 3: a controller that chose consent may not swap to another basis when consent
 * ends (EDPB Guidelines 05/2020 on consent, §§ 121-123).
 */
describe('decide: no swap after consent ends (EDPB 05/2020 §§ 121-123)', () => {
  const interests = basis('li', 'call-recording', 'legitimate-interests', { at: t('2026-01-01') });
  const consent = basis('c1', 'call-recording', 'consent', { at: t('2026-02-01') });
  const consentWithdrawn = withdrawn('c1', 'call-recording', { at: t('2026-06-01') });

  it('decide_EDPB_05_2020_WhenConsentWithdrawn_LegitimateInterestsNoLongerCounts_CitesTheWithdrawal', () => {
    given(interests, consent, consentWithdrawn)
      .whenDeciding('call-recording', t('2026-07-01'))
      .thenDenied('BASIS_WITHDRAWN', 'BasisWithdrawn:c1');
  });

  it('decide_EDPB_05_2020_BeforeConsentEnded_LegitimateInterestsStillCounted', () => {
    given(interests, consent, consentWithdrawn)
      .whenDeciding('call-recording', t('2026-05-31'))
      .thenPermitted('c1');
    given(interests, consent, consentWithdrawn)
      .whenDeciding('call-recording', t('2026-01-15'))
      .thenPermitted('li');
  });

  it('decide_EDPB_05_2020_ALegitimateInterestsBasisRecordedAfterwards_DoesNotCountEither', () => {
    const later = basis('li2', 'call-recording', 'legitimate-interests', { at: t('2026-08-01') });
    given(consent, consentWithdrawn, later)
      .whenDeciding('call-recording', t('2026-09-01'))
      .thenDenied('BASIS_WITHDRAWN', 'BasisWithdrawn:c1');
  });

  it('decide_EDPB_05_2020_WhenConsentExpired_LegitimateInterestsNoLongerCounts_CitesTheExpiry', () => {
    const expiring = basis('c1', 'call-recording', 'consent', {
      at: t('2026-02-01'),
      validUntil: t('2026-06-01'),
    });
    given(interests, expiring)
      .whenDeciding('call-recording', t('2026-07-01'))
      .thenDenied('BASIS_EXPIRED', 'BasisEstablished:c1');
  });

  it('decide_EDPB_05_2020_ALaterConsent_CountsWhileItIsActive', () => {
    const again = basis('c2', 'call-recording', 'consent', { at: t('2026-08-01') });
    given(interests, consent, consentWithdrawn, again)
      .whenDeciding('call-recording', t('2026-09-01'))
      .thenPermitted('c2');
  });

  it('decide_EDPB_05_2020_ContractBasesAreNotAffected', () => {
    given(
      basis('k1', 'recruitment', 'contract'),
      basis('c1', 'recruitment', 'consent'),
      withdrawn('c1', 'recruitment', { at: t('2026-06-01') }),
    )
      .whenDeciding('recruitment', t('2026-07-01'))
      .thenPermitted('k1');
  });

  it('decide_EDPB_05_2020_AConsentForAnotherPurpose_DoesNotEndThisOne', () => {
    given(
      interests,
      basis('c9', 'prospect-contact', 'consent'),
      withdrawn('c9', 'prospect-contact', { at: t('2026-06-01') }),
    )
      .whenDeciding('call-recording', t('2026-07-01'))
      .thenPermitted('li');
  });
});
