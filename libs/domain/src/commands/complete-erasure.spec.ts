import { basis, erasure, t } from '../testing/events';
import { given } from '../testing/specification';

describe('CompleteErasure', () => {
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

  it('completeErasure_WhenAlreadyErased_RefusesSubjectErased', () => {
    given(erasure()).when({ type: 'CompleteErasure' }).thenRefused('SUBJECT_ERASED');
  });

  it('completeErasure_WhenErasedAndWrongRevision_SubjectErasedComesFirst', () => {
    given(erasure()).when({ type: 'CompleteErasure' }, { expectedRevision: 7 }).thenRefused('SUBJECT_ERASED');
  });
});
