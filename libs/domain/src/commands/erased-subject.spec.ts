import { basis, erasure, objection, restriction, t } from '../testing/events';
import { given } from '../testing/specification';

/**
 * Contract section 5: data kept for a retained purpose is still personal data (arts. 15-21 apply to it), so an
 * erased subject takes what concerns only its retained purposes, and nothing else.
 */
describe('an erased subject (arts. 17(3), 15-21)', () => {
  const fiscal = basis('b1', 'fiscal-retention', 'legal-obligation');
  const collection = basis('b2', 'collection', 'contract');
  const erased = erasure({ retain: ['fiscal-retention'], at: t('2026-06-01') });
  const history = [fiscal, collection, erased] as const;

  it('withdrawBasis_Art17_3_ABasisOfARetainedPurpose_CanStillEnd', () => {
    given(...history)
      .when({ type: 'WithdrawBasis', basisId: 'b1', reason: 'no-longer-necessary' })
      .thenAccepted();
  });

  it('withdrawBasis_Art17_ABasisOfAnErasedPurpose_RefusesSubjectErased', () => {
    given(...history)
      .when({ type: 'WithdrawBasis', basisId: 'b2', reason: 'contract-ended' })
      .thenRefused('SUBJECT_ERASED');
  });

  it('establishBasis_Art17_NoNewBasisEvenForARetainedPurpose_RefusesSubjectErased', () => {
    given(...history)
      .when({
        type: 'EstablishBasis',
        basisId: 'b3',
        purpose: 'fiscal-retention',
        legalBasis: 'legal-obligation',
      })
      .thenRefused('SUBJECT_ERASED');
  });

  it('fileObjection_Art21_AnObjectionToRetainedPurposesOnly_IsTaken', () => {
    const kept = erasure({ retain: ['fiscal-retention', 'legal-claims'] });
    given(fiscal, kept)
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['legal-claims'] })
      .thenAccepted();
    given(fiscal, kept)
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['legal-claims', 'collection'] })
      .thenRefused('SUBJECT_ERASED');
  });

  it('resolveObjection_Art21_AnObjectionToRetainedPurposesOnly_CanStillBeDecided', () => {
    const kept = erasure({ retain: ['legal-claims'] });
    given(objection('o1', ['legal-claims']), kept)
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .thenAccepted();
    given(objection('o1', ['collection']), kept)
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .thenRefused('SUBJECT_ERASED');
  });

  it('applyRestriction_Art18_ARestrictionOfWhatIsKept_IsTaken', () => {
    given(...history)
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'accuracy-contested',
        purposes: ['fiscal-retention'],
      })
      .thenAccepted();
    given(...history)
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'accuracy-contested',
        dataCategories: ['bank-account'],
      })
      .thenAccepted();
    given(...history)
      .when({ type: 'ApplyRestriction', restrictionId: 'r1', ground: 'accuracy-contested' })
      .thenAccepted();
  });

  it('applyRestriction_Art18_ARestrictionReachingBeyondWhatIsKept_RefusesSubjectErased', () => {
    given(...history)
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'accuracy-contested',
        purposes: ['collection'],
      })
      .thenRefused('SUBJECT_ERASED');
    given(...history)
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'accuracy-contested',
        dataCategories: ['email'],
      })
      .thenRefused('SUBJECT_ERASED');
  });

  it('applyRestriction_Art17_WhenNothingWasKept_RefusesSubjectErased', () => {
    given(fiscal, erasure())
      .when({ type: 'ApplyRestriction', restrictionId: 'r1', ground: 'accuracy-contested' })
      .thenRefused('SUBJECT_ERASED');
  });

  it('liftRestriction_Art18_3_ARestrictionOfWhatIsKept_CanBeLifted', () => {
    given(fiscal, restriction('r1', { purposes: ['fiscal-retention'] }), erased)
      .when({
        type: 'LiftRestriction',
        restrictionId: 'r1',
        reason: 'checked',
        subjectInformedAt: t('2026-11-01'),
      })
      .thenAccepted();
  });

  it('recordNotice_Art17_AfterTheErasure_RefusesSubjectErased', () => {
    given(...history)
      .when({ type: 'RecordNotice', noticeVersion: 'webcasso-2026-1', channel: 'letter' })
      .thenRefused('SUBJECT_ERASED');
  });
});
