import { CatalogueIndex, defaultCatalogue } from '@ledger/domain';
import { RefusalException } from '../problems/refusal.exception';
import { PermissionQuestions } from './check-permissions.query';
import { checksInCatalogue } from './checks-in-catalogue';

const catalogue = new CatalogueIndex(defaultCatalogue());

/** The refusal, as the problem will show it. */
function refusalOf(questions: PermissionQuestions) {
  try {
    checksInCatalogue(questions, catalogue);
  } catch (error) {
    const { refusal, status } = error as RefusalException;
    return { code: refusal.code, fields: refusal.fields, status };
  }
  throw new Error('not refused');
}

const unused = (field: string) => ({
  code: 'UNKNOWN_CATEGORY',
  fields: [{ field, message: 'no purpose asked about uses the data category "shoe-size"' }],
  status: undefined,
});

describe('checksInCatalogue', () => {
  it('checksInCatalogue_EveryPurpose_AsksEachPurposeAboutTheNamedCategoriesItUses', () => {
    const checks = checksInCatalogue(
      { kind: 'every-purpose', subjectId: 's-1', categories: ['email', 'payments'] },
      catalogue,
    );
    expect(checks.map((check) => check.purpose.id)).toEqual(catalogue.purposes.map((purpose) => purpose.id));
    const byPurpose = Object.fromEntries(checks.map((check) => [check.purpose.id, check.categories]));
    expect(byPurpose).toMatchObject({ collection: ['email'], payouts: ['payments'], recruitment: ['email'] });
  });

  it('checksInCatalogue_WhenNoPurposeAskedAboutUsesACategory_RefusesWithOneMessageOnEveryRoute', () => {
    expect(
      refusalOf({
        kind: 'purpose',
        subjectId: 's-1',
        purpose: 'collection',
        categories: ['naw', 'shoe-size'],
      }),
    ).toEqual(unused('categories'));
    expect(refusalOf({ kind: 'every-purpose', subjectId: 's-1', categories: ['shoe-size'] })).toEqual(
      unused('categories'),
    );
    const checks = [
      { subjectId: 's-1', purpose: 'collection' },
      { subjectId: 's-2', purpose: 'collection', categories: ['shoe-size'] },
    ];
    expect(refusalOf({ kind: 'checks', checks })).toEqual(unused('checks[1].categories'));
  });

  it('checksInCatalogue_AnEmptyOrRepeatingCategoryList_IsRefusedAsInvalidOnEveryRoute', () => {
    const invalid = (field: string, message: string) => ({
      code: 'VALIDATION_FAILED',
      fields: [{ field, message }],
      status: undefined,
    });
    const empty = 'must name at least one data category';
    const twice = 'repeats an earlier entry of the list';
    const single = { kind: 'purpose', subjectId: 's-1', purpose: 'prospect-contact' } as const;
    expect(refusalOf({ ...single, categories: [] })).toEqual(invalid('categories', empty));
    expect(refusalOf({ ...single, categories: ['naw', 'email', 'naw'] })).toEqual(
      invalid('categories[2]', twice),
    );
    expect(refusalOf({ kind: 'every-purpose', subjectId: 's-1', categories: [] })).toEqual(
      invalid('categories', empty),
    );
    const checks = [{ subjectId: 's-1', purpose: 'prospect-contact', categories: ['email', 'email'] }];
    expect(refusalOf({ kind: 'checks', checks })).toEqual(invalid('checks[0].categories[1]', twice));
    expect(refusalOf({ ...single, categories: ['naw', 'naw', 'email', 'email'] })?.fields).toEqual([
      { field: 'categories[1]', message: twice },
      { field: 'categories[3]', message: twice },
    ]);
  });

  it('checksInCatalogue_WhenACategoryBelongsOnlyToAnotherPurpose_RefusesTheCheckOnThisOne', () => {
    const questions = {
      kind: 'purpose',
      subjectId: 's-1',
      purpose: 'collection',
      categories: ['cv'],
    } as const;
    expect(refusalOf(questions).code).toBe('UNKNOWN_CATEGORY');
  });

  it('checksInCatalogue_WhenThePurposeIsUnknown_RefusesA404InThePathAndA400InABatch', () => {
    expect(refusalOf({ kind: 'purpose', subjectId: 's-1', purpose: 'gossip' })).toEqual({
      code: 'UNKNOWN_PURPOSE',
      fields: [{ field: 'purpose', message: 'unknown purpose "gossip"' }],
      status: 404,
    });
    const checks = [{ subjectId: 's-1', purpose: 'gossip' }];
    expect(refusalOf({ kind: 'checks', checks })).toEqual({
      code: 'UNKNOWN_PURPOSE',
      fields: [{ field: 'checks[0].purpose', message: 'unknown purpose "gossip"' }],
      status: undefined,
    });
  });
});
