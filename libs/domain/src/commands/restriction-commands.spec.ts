import { erasure, lifted, restriction } from '../testing/events';
import { given } from '../testing/specification';

describe('ApplyRestriction', () => {
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

describe('LiftRestriction', () => {
  const applied = restriction('r1');

  it('liftRestriction_WhenInForce_AppendsRestrictionLifted', () => {
    given(applied)
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'accuracy confirmed' })
      .then({ type: 'RestrictionLifted', data: { restrictionId: 'r1', reason: 'accuracy confirmed' } });
  });

  it('liftRestriction_WhenRestrictionNotOnSubject_RefusesNotFound', () => {
    given(applied)
      .when({ type: 'LiftRestriction', restrictionId: 'r2', reason: 'x' })
      .thenRefused('NOT_FOUND');
  });

  it('liftRestriction_WhenAlreadyLifted_RefusesAlreadyLifted', () => {
    given(applied, lifted('r1'))
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'x' })
      .thenRefused('ALREADY_LIFTED');
  });

  it('liftRestriction_WhenSubjectErased_RefusesSubjectErased', () => {
    given(applied, erasure())
      .when({ type: 'LiftRestriction', restrictionId: 'r1', reason: 'x' })
      .thenRefused('SUBJECT_ERASED');
  });
});
