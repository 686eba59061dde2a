import { basis, objection, objectionWithdrawn, overridden, t, upheld } from '../testing/events';
import { given } from '../testing/specification';

/** Contract section 4, step 4: what an objection blocks depends on the purpose's objection rule. */
describe('decide: objection (art. 21)', () => {
  const at = t('2026-11-24');
  const filed = { at: t('2026-11-20') };
  const interests = basis('b1', 'credit-check-sharing', 'legitimate-interests');

  describe('balancing purpose (art. 21(1))', () => {
    it('decide_WhenObjectionPendingOnBalancingPurpose_DeniesObjectionPending', () => {
      const verdict = given(interests, objection('o1', ['credit-check-sharing'], filed))
        .whenDeciding('credit-check-sharing', at)
        .thenDenied('OBJECTION_PENDING', 'ObjectionFiled:o1');
      expect(verdict.reasons[0].message).toBe('objection filed 2026-11-20, not yet decided');
    });

    it('decide_WhenObjectionUpheld_DeniesObjectionUpheld', () => {
      given(
        interests,
        objection('o1', ['credit-check-sharing'], filed),
        upheld('o1', { at: t('2026-11-22') }),
      )
        .whenDeciding('credit-check-sharing', at)
        .thenDenied('OBJECTION_UPHELD', 'ObjectionUpheld:o1');
    });

    it('decide_WhenObjectionOverridden_PermitsWithObjectionOverridden', () => {
      const verdict = given(
        interests,
        objection('o1', ['credit-check-sharing'], filed),
        overridden('o1', { at: t('2026-11-22') }),
      )
        .whenDeciding('credit-check-sharing', at)
        .thenPermitted('b1', ['BASIS_ACTIVE', 'OBJECTION_OVERRIDDEN']);
      expect(verdict.reasons[1].eventId).toBe('ObjectionOverridden:o1');
    });

    it('decide_WhenObjectionDecidedAfterAt_IsStillPendingAtAt', () => {
      given(
        interests,
        objection('o1', ['credit-check-sharing'], filed),
        overridden('o1', { at: t('2026-11-25') }),
      )
        .whenDeciding('credit-check-sharing', at)
        .thenDenied('OBJECTION_PENDING', 'ObjectionFiled:o1');
    });

    it('decide_WhenObjectionFiledAfterAt_Permits', () => {
      given(interests, objection('o1', ['credit-check-sharing'], filed))
        .whenDeciding('credit-check-sharing', t('2026-11-19'))
        .thenPermitted('b1');
    });

    it('decide_WhenObjectionListsOtherPurposes_Permits', () => {
      given(interests, objection('o1', ['statistics'], filed))
        .whenDeciding('credit-check-sharing', at)
        .thenPermitted('b1');
    });

    it('decide_WhenOnlyBasisIsContract_ObjectionDoesNotBlock', () => {
      given(basis('b1', 'collection', 'contract'), objection('o1', ['collection'], filed))
        .whenDeciding('collection', at)
        .thenPermitted('b1');
    });

    it('decide_WhenContractAndInterestsBasesAndObjectionPending_PermitsOnContract', () => {
      given(
        basis('b1', 'collection', 'legitimate-interests'),
        basis('b2', 'collection', 'contract'),
        objection('o1', ['collection'], filed),
      )
        .whenDeciding('collection', at)
        .thenPermitted('b2');
    });

    it('decide_WhenUpheldAndPendingObjections_DeniesObjectionUpheld', () => {
      given(
        interests,
        objection('o1', ['credit-check-sharing'], filed),
        upheld('o1', { at: t('2026-11-21') }),
        objection('o2', ['credit-check-sharing'], { at: t('2026-11-22') }),
      )
        .whenDeciding('credit-check-sharing', at)
        .thenDenied('OBJECTION_UPHELD', 'ObjectionUpheld:o1');
    });

    it('decide_WhenObjectionButNoBasis_DeniesNoBasisFirst', () => {
      given(objection('o1', ['collection'], filed))
        .whenDeciding('collection', at)
        .thenDenied('NO_BASIS');
    });
  });

  describe('absolute purpose (art. 21(3))', () => {
    it.each(['consent', 'legitimate-interests'] as const)(
      'decide_WhenObjectionFiledOnProspectContactWith_%s_DeniesObjectionUpheld',
      (legalBasis) => {
        given(basis('b1', 'prospect-contact', legalBasis), objection('o1', ['prospect-contact'], filed))
          .whenDeciding('prospect-contact', at)
          .thenDenied('OBJECTION_UPHELD', 'ObjectionFiled:o1');
      },
    );

    it('decide_WhenAbsoluteObjectionOverridden_StillDeniesObjectionUpheld', () => {
      given(
        basis('b1', 'prospect-contact', 'consent'),
        objection('o1', ['prospect-contact'], filed),
        overridden('o1', { at: t('2026-11-21') }),
      )
        .whenDeciding('prospect-contact', at)
        .thenDenied('OBJECTION_UPHELD', 'ObjectionFiled:o1');
    });

    it('decide_WhenAbsoluteObjectionFiledAfterAt_Permits', () => {
      given(basis('b1', 'prospect-contact', 'consent'), objection('o1', ['prospect-contact'], filed))
        .whenDeciding('prospect-contact', t('2026-11-19'))
        .thenPermitted('b1');
    });
  });

  describe('purpose without objection', () => {
    it('decide_WhenObjectionToPayouts_PermitsWithoutObjectionReason', () => {
      given(basis('b1', 'payouts', 'contract'), objection('o1', ['payouts'], filed), overridden('o1', filed))
        .whenDeciding('payouts', at)
        .thenPermitted('b1');
    });
  });
});

/** Contract section 4, step 4, version 2: objections that can be withdrawn, absolute ones, and legal claims. */
describe('decide: objection (art. 21), version 2', () => {
  const at = t('2026-11-24');
  const filed = { at: t('2026-11-20') };

  it('decide_Art21_AWithdrawnObjection_BlocksNothingFromItsWithdrawal', () => {
    const history = [
      basis('b1', 'credit-check-sharing', 'legitimate-interests'),
      objection('o1', ['credit-check-sharing'], filed),
      upheld('o1', { at: t('2026-11-21') }),
      objectionWithdrawn('o1', { at: t('2026-11-23') }),
    ];
    given(...history)
      .whenDeciding('credit-check-sharing', at)
      .thenPermitted('b1');
    given(...history)
      .whenDeciding('credit-check-sharing', t('2026-11-22'))
      .thenDenied('OBJECTION_UPHELD', 'ObjectionUpheld:o1');
  });

  it('decide_Art21_3_AWithdrawnMarketingObjection_NoLongerBlocks', () => {
    given(
      basis('b1', 'prospect-contact', 'consent'),
      objection('o1', ['prospect-contact'], filed),
      objectionWithdrawn('o1', { at: t('2026-11-22') }),
    )
      .whenDeciding('prospect-contact', at)
      .thenPermitted('b1');
  });

  it('decide_Art21_3_AConsentGivenAfterTheObjection_OptsTheSubjectInAgain', () => {
    given(
      basis('b1', 'prospect-contact', 'consent'),
      objection('o1', ['prospect-contact'], filed),
      basis('b2', 'prospect-contact', 'consent', { at: t('2026-11-22') }),
    )
      .whenDeciding('prospect-contact', at)
      .thenPermitted('b2');
  });

  it('decide_Art21_3_OnlyConsentOptsInAgain_NotLegitimateInterests', () => {
    given(
      objection('o1', ['prospect-contact'], filed),
      basis('b2', 'prospect-contact', 'legitimate-interests', { at: t('2026-11-22') }),
    )
      .whenDeciding('prospect-contact', at, { categories: ['naw'] })
      .thenDenied('OBJECTION_UPHELD', 'ObjectionFiled:o1');
  });

  it('decide_Art21_3_AConsentBackDatedToBeforeTheObjection_DoesNotOptIn', () => {
    given(
      objection('o1', ['prospect-contact'], filed),
      basis('b2', 'prospect-contact', 'consent', { at: t('2026-11-19'), recorded: t('2026-11-22') }),
    )
      .whenDeciding('prospect-contact', at)
      .thenDenied('OBJECTION_UPHELD', 'ObjectionFiled:o1');
  });

  it('decide_Art21_6_AnObjectionToStatistics_IsAbsolute', () => {
    given(
      basis('b1', 'statistics', 'legitimate-interests'),
      objection('o1', ['statistics'], filed),
      overridden('o1', { at: t('2026-11-21') }),
    )
      .whenDeciding('statistics', at)
      .thenDenied('OBJECTION_UPHELD', 'ObjectionFiled:o1');
  });

  describe('legal claims (art. 21(1), last limb; art. 18(2))', () => {
    const claims = basis('b1', 'legal-claims', 'legitimate-interests');

    it('decide_Art21_1_APendingObjectionToLegalClaims_DoesNotStopThem', () => {
      given(claims, objection('o1', ['legal-claims'], filed))
        .whenDeciding('legal-claims', at)
        .thenPermitted('b1');
    });

    it('decide_Art21_1_AnUpheldObjectionToLegalClaims_StopsLegitimateInterests', () => {
      given(claims, objection('o1', ['legal-claims'], filed), upheld('o1', { at: t('2026-11-22') }))
        .whenDeciding('legal-claims', at)
        .thenDenied('OBJECTION_UPHELD', 'ObjectionUpheld:o1');
    });

    it('decide_Art21_1_AnUpheldObjectionToLegalClaims_LeavesAContractBasis', () => {
      given(
        claims,
        basis('b2', 'legal-claims', 'contract'),
        objection('o1', ['legal-claims'], filed),
        upheld('o1', { at: t('2026-11-22') }),
      )
        .whenDeciding('legal-claims', at)
        .thenPermitted('b2');
    });

    it('decide_Art21_1_AnOverriddenObjectionToLegalClaims_PermitsAndSaysSo', () => {
      given(claims, objection('o1', ['legal-claims'], filed), overridden('o1', { at: t('2026-11-22') }))
        .whenDeciding('legal-claims', at)
        .thenPermitted('b1', ['BASIS_ACTIVE', 'OBJECTION_OVERRIDDEN']);
    });
  });
});
