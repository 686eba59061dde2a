import { erasure, lifted, restriction, t, T0 } from '../testing/events';
import { given } from '../testing/specification';

describe('ApplyRestriction (art. 18(1))', () => {
  it('applyRestriction_WhenScoped_AppendsRestrictionApplied', () => {
    given()
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'accuracy-contested',
        purposes: ['collection'],
        dataCategories: ['birth-date'],
        note: 'disputes the amount',
      })
      .then({
        type: 'RestrictionApplied',
        data: {
          restrictionId: 'r1',
          ground: 'accuracy-contested',
          purposes: ['collection'],
          dataCategories: ['birth-date'],
          note: 'disputes the amount',
        },
      });
  });

  it('applyRestriction_WhenListsAreEmpty_RecordsThemAsAbsent', () => {
    given()
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'legal-claims',
        purposes: [],
        dataCategories: [],
      })
      .then({ type: 'RestrictionApplied', data: { restrictionId: 'r1', ground: 'legal-claims' } });
  });

  it('applyRestriction_WhenCategoryUnknown_RefusesUnknownCategoryNamingIt', () => {
    given()
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'legal-claims',
        dataCategories: ['naw', 'dna'],
      })
      .thenRefused('UNKNOWN_CATEGORY', [{ field: 'dataCategories[1]' }]);
  });

  it('applyRestriction_WhenPurposeAndCategoryUnknown_UnknownPurposeComesFirst', () => {
    given()
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'legal-claims',
        purposes: ['newsletter'],
        dataCategories: ['dna'],
      })
      .thenRefused('UNKNOWN_PURPOSE', [{ field: 'purposes[0]' }]);
  });

  it('applyRestriction_WhenSubjectErased_RefusesSubjectErased', () => {
    given(erasure())
      .when({ type: 'ApplyRestriction', restrictionId: 'r1', ground: 'legal-claims' })
      .thenRefused('SUBJECT_ERASED');
  });
});

describe('LiftRestriction (art. 18)', () => {
  const applied = restriction('r1');

  it('liftRestriction_WhenInForce_AppendsRestrictionLifted', () => {
    given(applied)
      .when({
        type: 'LiftRestriction',
        restrictionId: 'r1',
        reason: 'accuracy confirmed',
        subjectInformedAt: T0,
      })
      .then({
        type: 'RestrictionLifted',
        data: { restrictionId: 'r1', reason: 'accuracy confirmed', subjectInformedAt: T0 },
      });
  });

  it('liftRestriction_WhenRestrictionNotOnSubject_RefusesNotFound', () => {
    given(applied)
      .when({ type: 'LiftRestriction', restrictionId: 'r2', reason: 'x', subjectInformedAt: T0 })
      .thenRefused('NOT_FOUND');
  });

  it('liftRestriction_WhenAlreadyLifted_RefusesAlreadyLifted', () => {
    given(applied, lifted('r1'))
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'x', subjectInformedAt: T0 })
      .thenRefused('ALREADY_LIFTED');
  });

  it('liftRestriction_WhenSubjectErased_RefusesSubjectErased', () => {
    given(applied, erasure())
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'x', subjectInformedAt: T0 })
      .thenRefused('SUBJECT_ERASED');
  });
});

/** Contract section 5, "Restriction" (art. 18(3)): the person is told before a restriction is lifted. */
describe('LiftRestriction: art. 18(3)', () => {
  const applied = restriction('r1', { at: t('2026-11-01') });
  const lift = (subjectInformedAt: string, occurredAt?: string) => ({
    type: 'LiftRestriction' as const,
    restrictionId: 'r1',
    reason: 'accuracy confirmed',
    subjectInformedAt,
    occurredAt,
  });

  it('liftRestriction_Art18_3_PersonToldBeforeTheLifting_Accepts', () => {
    given(applied)
      .when(lift(t('2026-11-20')))
      .thenAccepted();
  });

  it('liftRestriction_Art18_3_PersonToldAtTheMomentOfLifting_Accepts', () => {
    given(applied)
      .when(lift(t('2026-11-20'), t('2026-11-20')))
      .thenAccepted();
  });

  it('liftRestriction_Art18_3_PersonToldOnlyAfterTheLifting_RefusesSubjectNotInformed', () => {
    given(applied)
      .when(lift(t('2026-11-21'), t('2026-11-20')))
      .thenRefused('SUBJECT_NOT_INFORMED', [{ field: 'subjectInformedAt' }]);
  });

  it('liftRestriction_Art18_3_NotSayingWhenThePersonWasTold_RefusesSubjectNotInformed', () => {
    given(applied)
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'accuracy confirmed' })
      .thenRefused('SUBJECT_NOT_INFORMED', [{ field: 'subjectInformedAt' }]);
  });

  it('liftRestriction_WhenSubjectInformedAtIsNoTime_RefusesValidationFailed', () => {
    given(applied)
      .when(lift('last week'))
      .thenRefused('VALIDATION_FAILED', [{ field: 'subjectInformedAt' }]);
  });

  it('applyRestriction_WhenACategoryIsNamedTwice_RefusesValidationFailed', () => {
    given()
      .when({
        type: 'ApplyRestriction',
        restrictionId: 'r1',
        ground: 'legal-claims',
        dataCategories: ['naw', 'naw'],
      })
      .thenRefused('VALIDATION_FAILED', [{ field: 'dataCategories[1]' }]);
  });
});
