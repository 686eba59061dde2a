import { erasure, objection, objectionWithdrawn, t, upheld } from '../testing/events';
import { catalogue, given } from '../testing/specification';
import { notApplicablePurposes } from './file-objection';

describe('FileObjection (art. 21)', () => {
  it('fileObjection_WhenPurposesKnown_AppendsObjectionFiled', () => {
    given()
      .when({
        type: 'FileObjection',
        objectionId: 'o1',
        purposes: ['collection', 'payouts'],
        channel: 'letter',
      })
      .then({
        type: 'ObjectionFiled',
        data: { objectionId: 'o1', purposes: ['collection', 'payouts'], channel: 'letter' },
      });
  });

  it('fileObjection_WhenGroundsGiven_CarriesThem', () => {
    const { event } = given()
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['statistics'], grounds: 'I moved abroad' })
      .thenAccepted();
    expect(event.data).toEqual({ objectionId: 'o1', purposes: ['statistics'], grounds: 'I moved abroad' });
  });

  it('fileObjection_WhenAPurposeIsUnknown_RefusesUnknownPurposeNamingIt', () => {
    given()
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['collection', 'newsletter'] })
      .thenRefused('UNKNOWN_PURPOSE', [{ field: 'purposes[1]' }]);
  });

  it('fileObjection_WhenSubjectErased_RefusesSubjectErased', () => {
    given(erasure())
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['collection'] })
      .thenRefused('SUBJECT_ERASED');
  });

  it('fileObjection_WhenUnknownPurposeAndErased_UnknownPurposeComesFirst', () => {
    given(erasure())
      .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['newsletter'] })
      .thenRefused('UNKNOWN_PURPOSE');
  });
});

describe('ResolveObjection (art. 21(1))', () => {
  const filed = objection('o1', ['collection'], { at: t('2026-11-20') });

  it('resolveObjection_WhenUpheld_AppendsObjectionUpheld', () => {
    given(filed)
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .then({ type: 'ObjectionUpheld', data: { objectionId: 'o1' } });
  });

  it('resolveObjection_WhenOverriddenWithMotivation_AppendsObjectionOverridden', () => {
    given(filed)
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'fraud case' })
      .then({ type: 'ObjectionOverridden', data: { objectionId: 'o1', motivation: 'fraud case' } });
  });

  it.each([undefined, '', '   '])(
    'resolveObjection_WhenOverriddenWithout_%p_RefusesMotivationRequired',
    (motivation) => {
      given(filed)
        .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden', motivation })
        .thenRefused('MOTIVATION_REQUIRED', [{ field: 'motivation' }]);
    },
  );

  it('resolveObjection_WhenObjectionNotOnSubject_RefusesNotFound', () => {
    given(filed)
      .when({ type: 'ResolveObjection', objectionId: 'o2', outcome: 'upheld' })
      .thenRefused('NOT_FOUND');
  });

  it('resolveObjection_WhenAlreadyDecided_RefusesAlreadyDecided', () => {
    given(filed, upheld('o1'))
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'x' })
      .thenRefused('ALREADY_DECIDED');
  });

  it('resolveObjection_WhenAlreadyDecidedAndNoMotivation_AlreadyDecidedComesFirst', () => {
    given(filed, upheld('o1'))
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden' })
      .thenRefused('ALREADY_DECIDED');
  });

  it('resolveObjection_WhenSubjectErased_RefusesSubjectErased', () => {
    given(filed, erasure())
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .thenRefused('SUBJECT_ERASED');
  });

  it('resolveObjection_WhenOccurredInFutureAndNoMotivation_MotivationComesFirst (a date is checked last)', () => {
    given(filed)
      .when({
        type: 'ResolveObjection',
        objectionId: 'o1',
        outcome: 'overridden',
        occurredAt: t('2027-01-01'),
      })
      .thenRefused('MOTIVATION_REQUIRED');
  });
});

/** Contract section 5, "Objection" (art. 21). */
describe('objections under art. 21', () => {
  const marketing = objection('o1', ['prospect-contact'], { at: t('2026-11-20') });

  it.each([['prospect-contact'], ['statistics'], ['prospect-contact', 'statistics']])(
    'resolveObjection_Art21_3_And_21_6_OverridingAnAbsoluteObjection_RefusesOverrideNotAllowed: %s',
    (...purposes) => {
      given(objection('o1', purposes))
        .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'we insist' })
        .thenRefused('OVERRIDE_NOT_ALLOWED', [{ field: 'outcome' }]);
    },
  );

  it('resolveObjection_Art21_3_UpholdingAnAbsoluteObjection_IsRecorded', () => {
    given(marketing)
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .then({ type: 'ObjectionUpheld', data: { objectionId: 'o1' } });
  });

  it('resolveObjection_Art21_1_ObjectionToAbsoluteAndBalancingPurposes_MayBeOverriddenForTheBalancingOnes', () => {
    given(objection('o1', ['prospect-contact', 'credit-check-sharing']))
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'fraud case' })
      .thenAccepted();
  });

  it('resolveObjection_Art21_1_OverridingForLegalClaims_NeedsTheMotivationNamingTheClaim', () => {
    given(objection('o1', ['legal-claims']))
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'overridden' })
      .thenRefused('MOTIVATION_REQUIRED');
    given(objection('o1', ['legal-claims']))
      .when({
        type: 'ResolveObjection',
        objectionId: 'o1',
        outcome: 'overridden',
        motivation: 'claim 2026-0042 before the court of Rotterdam',
      })
      .thenAccepted();
  });

  it('resolveObjection_Art21_WhenTheObjectionWasWithdrawn_RefusesAlreadyWithdrawn', () => {
    given(marketing, objectionWithdrawn('o1'))
      .when({ type: 'ResolveObjection', objectionId: 'o1', outcome: 'upheld' })
      .thenRefused('ALREADY_WITHDRAWN');
  });

  it('withdrawObjection_Art21_ThePersonTakesTheObjectionBack_AppendsObjectionWithdrawn', () => {
    given(marketing)
      .when({
        type: 'WithdrawObjection',
        objectionId: 'o1',
        evidence: 'e-mail of 23 November',
        note: 'by phone',
      })
      .then({
        type: 'ObjectionWithdrawn',
        data: { objectionId: 'o1', evidence: 'e-mail of 23 November', note: 'by phone' },
      });
  });

  it('withdrawObjection_Art21_ADecidedObjection_MayStillBeWithdrawn', () => {
    given(marketing, upheld('o1'))
      .when({ type: 'WithdrawObjection', objectionId: 'o1', evidence: 'letter' })
      .thenAccepted();
  });

  it.each(['', '  '])('withdrawObjection_WithoutEvidence_%p_RefusesValidationFailed', (evidence) => {
    given(marketing)
      .when({ type: 'WithdrawObjection', objectionId: 'o1', evidence })
      .thenRefused('VALIDATION_FAILED', [{ field: 'evidence' }]);
  });

  it('withdrawObjection_Twice_RefusesAlreadyWithdrawn', () => {
    given(marketing, objectionWithdrawn('o1'))
      .when({ type: 'WithdrawObjection', objectionId: 'o1', evidence: 'letter' })
      .thenRefused('ALREADY_WITHDRAWN');
  });

  it('withdrawObjection_WhenNotOnSubject_RefusesNotFound', () => {
    given(marketing)
      .when({ type: 'WithdrawObjection', objectionId: 'o9', evidence: 'letter' })
      .thenRefused('NOT_FOUND');
  });

  it('fileObjection_Art21_PurposesWithoutAnObjectionRight_AreRecordedAndNamedNotApplicable', () => {
    given()
      .when({
        type: 'FileObjection',
        objectionId: 'o1',
        purposes: ['payouts', 'collection', 'client-contract'],
      })
      .thenAccepted();
    expect(notApplicablePurposes(catalogue, ['payouts', 'collection', 'client-contract'])).toEqual([
      'payouts',
      'client-contract',
    ]);
  });

  it('fileObjection_WhenAPurposeIsNamedTwice_RefusesValidationFailed', () => {
    given()
      .when({
        type: 'FileObjection',
        objectionId: 'o1',
        purposes: ['collection', 'statistics', 'collection'],
      })
      .thenRefused('VALIDATION_FAILED', [{ field: 'purposes[2]' }]);
  });
});
