import { erasure, objection, t, upheld } from '../testing/events';
import { given } from '../testing/specification';

describe('FileObjection', () => {
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

describe('DecideObjection', () => {
  const filed = objection('o1', ['collection'], { at: t('2026-11-20') });

  it('decideObjection_WhenUpheld_AppendsObjectionUpheld', () => {
    given(filed)
      .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'upheld' })
      .then({ type: 'ObjectionUpheld', data: { objectionId: 'o1' } });
  });

  it('decideObjection_WhenOverriddenWithMotivation_AppendsObjectionOverridden', () => {
    given(filed)
      .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'fraud case' })
      .then({ type: 'ObjectionOverridden', data: { objectionId: 'o1', motivation: 'fraud case' } });
  });

  it.each([undefined, '', '   '])(
    'decideObjection_WhenOverriddenWithout_%p_RefusesMotivationRequired',
    (motivation) => {
      given(filed)
        .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'overridden', motivation })
        .thenRefused('MOTIVATION_REQUIRED', [{ field: 'motivation' }]);
    },
  );

  it('decideObjection_WhenObjectionNotOnSubject_RefusesNotFound', () => {
    given(filed)
      .when({ type: 'DecideObjection', objectionId: 'o2', outcome: 'upheld' })
      .thenRefused('NOT_FOUND');
  });

  it('decideObjection_WhenAlreadyDecided_RefusesAlreadyDecided', () => {
    given(filed, upheld('o1'))
      .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'overridden', motivation: 'x' })
      .thenRefused('ALREADY_DECIDED');
  });

  it('decideObjection_WhenAlreadyDecidedAndNoMotivation_AlreadyDecidedComesFirst', () => {
    given(filed, upheld('o1'))
      .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'overridden' })
      .thenRefused('ALREADY_DECIDED');
  });

  it('decideObjection_WhenSubjectErased_RefusesSubjectErased', () => {
    given(filed, erasure())
      .when({ type: 'DecideObjection', objectionId: 'o1', outcome: 'upheld' })
      .thenRefused('SUBJECT_ERASED');
  });

  it('decideObjection_WhenOccurredInFutureAndNoMotivation_OccurredInFutureComesFirst', () => {
    given(filed)
      .when({
        type: 'DecideObjection',
        objectionId: 'o1',
        outcome: 'overridden',
        occurredAt: t('2027-01-01'),
      })
      .thenRefused('OCCURRED_IN_FUTURE');
  });
});
