import { basis, lifted, restriction, t } from '../testing/events';
import { given } from '../testing/specification';

/**
 * Contract section 4, step 2: a restriction in force that covers the purpose denies it, unless the purpose
 * may continue under restriction, which then says so with RESTRICTION_EXEMPT.
 */
describe('decide: restriction (art. 18)', () => {
  const at = t('2026-11-24');
  const applied = { at: t('2026-11-20') };
  const collection = basis('b1', 'collection', 'contract');
  const payouts = basis('b2', 'payouts', 'contract');

  it('decide_WhenRestrictionHasNoScope_DeniesRestricted', () => {
    given(collection, restriction('r1', applied))
      .whenDeciding('collection', at)
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenRestrictionListsThePurpose_DeniesRestricted', () => {
    given(collection, restriction('r1', { ...applied, purposes: ['collection'] }))
      .whenDeciding('collection', at)
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenRestrictionListsOtherPurposes_Permits', () => {
    given(collection, restriction('r1', { ...applied, purposes: ['debtor-contact'] }))
      .whenDeciding('collection', at)
      .thenPermitted('b1');
  });

  it('decide_WhenRestrictionListsACategoryThePurposeUses_DeniesRestricted', () => {
    given(payouts, restriction('r1', { ...applied, dataCategories: ['bank-account'] }))
      .whenDeciding('payouts', at)
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenRestrictionListsOnlyCategoriesThePurposeDoesNotUse_Permits', () => {
    given(collection, restriction('r1', { ...applied, dataCategories: ['bank-account'] }))
      .whenDeciding('collection', at)
      .thenPermitted('b1');
  });

  it('decide_WhenCheckNamesOtherCategoriesThanTheRestriction_Permits', () => {
    given(collection, restriction('r1', { ...applied, dataCategories: ['birth-date'] }))
      .whenDeciding('collection', at, { categories: ['naw', 'invoice-amounts'] })
      .thenPermitted('b1');
  });

  it('decide_WhenCheckNamesTheRestrictedCategory_DeniesRestricted', () => {
    given(collection, restriction('r1', { ...applied, dataCategories: ['birth-date'] }))
      .whenDeciding('collection', at, { categories: ['naw', 'birth-date'] })
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenCheckNamesCategoriesButRestrictionListsThePurpose_DeniesRestricted', () => {
    given(collection, restriction('r1', { ...applied, purposes: ['collection'], dataCategories: ['cv'] }))
      .whenDeciding('collection', at, { categories: ['naw'] })
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenRestrictionAppliedAfterAt_Permits', () => {
    given(collection, restriction('r1', { at: t('2026-11-25') }))
      .whenDeciding('collection', at)
      .thenPermitted('b1');
  });

  it('decide_WhenRestrictionLiftedByAt_Permits', () => {
    given(collection, restriction('r1', applied), lifted('r1', { at: t('2026-11-22') }))
      .whenDeciding('collection', at)
      .thenPermitted('b1');
  });

  it('decide_WhenRestrictionLiftedAfterAt_DeniesRestricted', () => {
    given(collection, restriction('r1', applied), lifted('r1', { at: t('2026-11-25') }))
      .whenDeciding('collection', at)
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it('decide_WhenRestrictedAndNoBasis_RestrictedComesFirst', () => {
    given(restriction('r1', applied))
      .whenDeciding('collection', at)
      .thenDenied('RESTRICTED', 'RestrictionApplied:r1');
  });

  it.each([
    ['fiscal-retention', basis('b9', 'fiscal-retention', 'legal-obligation')],
    ['legal-claims', basis('b9', 'legal-claims', 'legitimate-interests')],
    ['rights-verification', basis('b9', 'rights-verification', 'legal-obligation')],
  ])('decide_WhenRestricted_%s_PermitsWithRestrictionExempt', (purpose, itsBasis) => {
    const verdict = given(itsBasis, restriction('r1', applied))
      .whenDeciding(purpose, at)
      .thenPermitted('b9', ['BASIS_ACTIVE', 'RESTRICTION_EXEMPT']);
    expect(verdict.reasons[1].eventId).toBe('RestrictionApplied:r1');
  });

  it('decide_WhenExemptPurposeIsNotCovered_AddsNoExemption', () => {
    given(
      basis('b9', 'fiscal-retention', 'legal-obligation'),
      restriction('r1', { ...applied, purposes: ['collection'] }),
    )
      .whenDeciding('fiscal-retention', at)
      .thenPermitted('b9');
  });

  it('decide_WhenExemptPurposeHasNoBasis_DeniesNoBasis', () => {
    given(restriction('r1', applied)).whenDeciding('legal-claims', at).thenDenied('NO_BASIS');
  });
});
