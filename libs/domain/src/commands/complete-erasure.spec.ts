import { basis, erasure, objection, objectionWithdrawn, t } from '../testing/events';
import { given } from '../testing/specification';

describe('CompleteErasure (art. 17)', () => {
  it('completeErasure_WhenNoRetain_RecordsAnEmptyRetain', () => {
    given(basis('b1', 'collection', 'contract'))
      .when({ type: 'CompleteErasure' })
      .then({ type: 'ErasureCompleted', data: { retain: [] } });
  });

  it('completeErasure_WhenRetainAndNote_RecordsBoth', () => {
    const occurredAt = t('2026-11-23');
    given()
      .when({
        type: 'CompleteErasure',
        retain: ['fiscal-retention', 'legal-claims'],
        note: 'request 12',
        occurredAt,
      })
      .then(
        {
          type: 'ErasureCompleted',
          data: { retain: ['fiscal-retention', 'legal-claims'], note: 'request 12' },
        },
        occurredAt,
      );
  });

  it('completeErasure_WhenRetainNamesUnknownPurpose_RefusesUnknownPurpose', () => {
    given()
      .when({ type: 'CompleteErasure', retain: ['fiscal-retention', 'archive'] })
      .thenRefused('UNKNOWN_PURPOSE', [{ field: 'retain[1]' }]);
  });

  it('completeErasure_WhenRetainNamesAPurposeTwice_RefusesValidationFailed', () => {
    given()
      .when({ type: 'CompleteErasure', retain: ['fiscal-retention', 'fiscal-retention'] })
      .thenRefused('VALIDATION_FAILED', [{ field: 'retain[1]' }]);
  });

  it('completeErasure_WhenAlreadyErasedKeepingNothing_RefusesSubjectErased', () => {
    given(erasure()).when({ type: 'CompleteErasure' }).thenRefused('SUBJECT_ERASED');
  });

  it('completeErasure_WhenErasedAndWrongRevision_SubjectErasedComesFirst', () => {
    given(erasure()).when({ type: 'CompleteErasure' }, { expectedRevision: 7 }).thenRefused('SUBJECT_ERASED');
  });
});

/** Contract section 5, "Erasure" (art. 17(3)). */
describe('CompleteErasure: what an erasure may keep (art. 17(3))', () => {
  it.each([
    ['credit-check-sharing'],
    ['prospect-contact'],
    ['statistics'],
    ['fiscal-retention', 'collection'],
  ])(
    'completeErasure_Art17_3_KeepingAPurposeWithoutExemption_RefusesRetentionNotAllowed: %s',
    (...retain) => {
      given()
        .when({ type: 'CompleteErasure', retain })
        .thenRefused('RETENTION_NOT_ALLOWED', [{ field: `retain[${retain.length - 1}]` }]);
    },
  );

  it('completeErasure_Art17_3_b_and_e_KeepingFiscalRetentionAndLegalClaims_Accepts', () => {
    given()
      .when({ type: 'CompleteErasure', retain: ['fiscal-retention', 'legal-claims'] })
      .thenAccepted();
  });

  const keptBoth = erasure({
    retain: ['fiscal-retention', 'legal-claims'],
    at: t('2026-06-01'),
    id: 'first',
  });

  it('completeErasure_Art5_1_e_NarrowingWhenARetentionEnds_Accepts', () => {
    given(keptBoth)
      .when({ type: 'CompleteErasure', retain: ['fiscal-retention'] })
      .then({ type: 'ErasureCompleted', data: { retain: ['fiscal-retention'] } });
    given(keptBoth).when({ type: 'CompleteErasure', retain: [] }).thenAccepted();
  });

  it.each([
    ['keeping the same', ['fiscal-retention', 'legal-claims']],
    ['adding a purpose', ['fiscal-retention', 'legal-claims', 'rights-verification']],
    ['swapping one kept purpose for another', ['legal-claims', 'rights-verification']],
  ])(
    'completeErasure_Art17_ErasingAnErasedSubjectWithout narrowing (%s)_RefusesSubjectErased',
    (_how, retain) => {
      given(keptBoth).when({ type: 'CompleteErasure', retain }).thenRefused('SUBJECT_ERASED');
    },
  );
});

/** Contract section 5, "Erasure": a direct-marketing opt-out must outlive the erasure (art. 21(3)). */
describe('CompleteErasure: suppression (art. 21(3))', () => {
  const optedOut = objection('o1', ['prospect-contact'], { at: t('2026-10-01') });

  it('completeErasure_Art21_3_WhileAnAbsoluteObjectionIsInForce_RefusesSuppressionRefsRequired', () => {
    given(optedOut)
      .when({ type: 'CompleteErasure' })
      .thenRefused('SUPPRESSION_REFS_REQUIRED', [{ field: 'suppressionRefs' }]);
  });

  it('completeErasure_Art21_3_WithSuppressionRefs_RecordsThem', () => {
    given(optedOut)
      .when({ type: 'CompleteErasure', suppressionRefs: ['hmac:4f2a'] })
      .then({ type: 'ErasureCompleted', data: { retain: [], suppressionRefs: ['hmac:4f2a'] } });
  });

  it('completeErasure_Art21_3_AnEmptyListSaysThereIsNothingToSuppressBy', () => {
    given(optedOut).when({ type: 'CompleteErasure', suppressionRefs: [] }).thenAccepted();
  });

  it('completeErasure_Art21_3_WhenTheObjectionWasWithdrawn_NeedsNoSuppressionRefs', () => {
    given(optedOut, objectionWithdrawn('o1')).when({ type: 'CompleteErasure' }).thenAccepted();
  });

  it('completeErasure_Art21_1_ABalancingObjection_NeedsNoSuppressionRefs', () => {
    given(objection('o1', ['credit-check-sharing']))
      .when({ type: 'CompleteErasure' })
      .thenAccepted();
  });

  it('completeErasure_WhenASuppressionRefIsNamedTwice_RefusesValidationFailed', () => {
    given(optedOut)
      .when({ type: 'CompleteErasure', suppressionRefs: ['hmac:1', 'hmac:1'] })
      .thenRefused('VALIDATION_FAILED', [{ field: 'suppressionRefs[1]' }]);
  });

  it('completeErasure_WhenBothListsRepeatEntries_NamesEveryRepeatInOneRefusal', () => {
    given(optedOut)
      .when({
        type: 'CompleteErasure',
        retain: ['fiscal-retention', 'fiscal-retention'],
        suppressionRefs: ['hmac:1', 'hmac:2', 'hmac:1', 'hmac:2'],
      })
      .thenRefused('VALIDATION_FAILED', [
        { field: 'retain[1]' },
        { field: 'suppressionRefs[2]' },
        { field: 'suppressionRefs[3]' },
      ]);
  });
});
