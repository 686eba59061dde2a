import { basis, erasure, restriction, t } from '../testing/events';
import { given } from '../testing/specification';

/** Contract section 4, step 1: an erased subject is processed only for the purposes the erasure retained. */
describe('decide: erasure (art. 17)', () => {
  const fiscal = basis('b1', 'fiscal-retention', 'legal-obligation', { validUntil: t('2033-01-01') });
  const collection = basis('b2', 'collection', 'contract');

  it('decide_WhenErasedBeforeAt_DeniesErased', () => {
    given(collection, erasure({ at: t('2026-11-20') }))
      .whenDeciding('collection', t('2026-11-24'))
      .thenDenied('ERASED', 'ErasureCompleted');
  });

  it('decide_WhenErasedExactlyAtAt_DeniesErased', () => {
    given(collection, erasure({ at: t('2026-11-20') }))
      .whenDeciding('collection', t('2026-11-20'))
      .thenDenied('ERASED', 'ErasureCompleted');
  });

  it('decide_WhenErasureOccursAfterAt_StillPermitted', () => {
    given(collection, erasure({ at: t('2026-11-20') }))
      .whenDeciding('collection', t('2026-11-19'))
      .thenPermitted('b2');
  });

  it('decide_WhenErasureRetainsPurpose_DecidesOnItsBasis', () => {
    given(fiscal, collection, erasure({ at: t('2026-11-20'), retain: ['fiscal-retention'] }))
      .whenDeciding('fiscal-retention', t('2026-11-24'))
      .thenPermitted('b1');
  });

  it('decide_WhenErasureRetainsAnotherPurpose_DeniesErased', () => {
    given(fiscal, collection, erasure({ at: t('2026-11-20'), retain: ['fiscal-retention'] }))
      .whenDeciding('collection', t('2026-11-24'))
      .thenDenied('ERASED', 'ErasureCompleted');
  });

  it('decide_WhenErasureWithoutRetain_DeniesEvenLegalObligations', () => {
    given(fiscal, erasure({ at: t('2026-11-20') }))
      .whenDeciding('fiscal-retention', t('2026-11-24'))
      .thenDenied('ERASED', 'ErasureCompleted');
  });

  it('decide_WhenRetainedPurposeHasNoBasis_DeniesNoBasis', () => {
    given(collection, erasure({ at: t('2026-11-20'), retain: ['legal-claims'] }))
      .whenDeciding('legal-claims', t('2026-11-24'))
      .thenDenied('NO_BASIS');
  });

  it('decide_WhenErasedAndRestricted_ErasedComesFirst', () => {
    given(collection, restriction('r1', { at: t('2026-11-01') }), erasure({ at: t('2026-11-20') }))
      .whenDeciding('collection', t('2026-11-24'))
      .thenDenied('ERASED', 'ErasureCompleted');
  });

  it('decide_WhenErased_MessageGivesTheDay', () => {
    const { verdict } = given(collection, erasure({ at: t('2026-11-20T15:30') })).whenDeciding(
      'collection',
      t('2026-11-24'),
    );
    expect(verdict.reasons[0].message).toBe('erasure completed 2026-11-20');
  });
});

/** Contract section 4, step 1, version 2: the latest erasure counts, so a later one may narrow what is kept. */
describe('decide: narrowing erasures (arts. 5(1)(e), 17(3))', () => {
  const fiscal = basis('b1', 'fiscal-retention', 'legal-obligation', { validUntil: t('2033-01-01') });
  const claims = basis('b2', 'legal-claims', 'contract');
  const first = erasure({ at: t('2026-06-01'), retain: ['fiscal-retention', 'legal-claims'], id: 'first' });
  const narrowing = erasure({ at: t('2026-09-01'), retain: ['fiscal-retention'], id: 'second' });

  it('decide_Art17_3_BetweenTheErasures_BothKeptPurposesGoOn', () => {
    given(fiscal, claims, first, narrowing).whenDeciding('legal-claims', t('2026-07-01')).thenPermitted('b2');
  });

  it('decide_Art5_1_e_AfterTheNarrowingErasure_ThePurposeLeftOutIsErased', () => {
    given(fiscal, claims, first, narrowing)
      .whenDeciding('legal-claims', t('2026-10-01'))
      .thenDenied('ERASED', 'ErasureCompleted:second');
    given(fiscal, claims, first, narrowing)
      .whenDeciding('fiscal-retention', t('2026-10-01'))
      .thenPermitted('b1');
  });
});
