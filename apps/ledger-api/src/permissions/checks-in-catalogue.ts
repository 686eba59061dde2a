import { CatalogueIndex, PurposeDefinition, refuse, repeated } from '@ledger/domain';
import { PermissionCheck } from '@ledger/wire';
import { RefusalException } from '../problems/refusal.exception';
import { PermissionQuestions } from './check-permissions.query';

/** One permission check with its purpose's catalogue entry. */
export interface CatalogueCheck {
  subjectId: string;
  purpose: PurposeDefinition;
  categories?: readonly string[];
}

/**
 * The checks a query asks, each with its catalogue entry. Refuses a purpose the catalogue does not know, and a
 * data category that no purpose asked about uses: the same rule and message on every route, only the field
 * at fault named as the route names it.
 */
export function checksInCatalogue(
  questions: PermissionQuestions,
  catalogue: CatalogueIndex,
): CatalogueCheck[] {
  switch (questions.kind) {
    case 'purpose': {
      const { subjectId, purpose, categories } = questions;
      return [checkOf({ subjectId, purpose, categories }, catalogue, '', 404)];
    }
    case 'every-purpose': {
      const { subjectId, categories } = questions;
      if (categories) {
        assertCategoryList(categories, 'categories');
        assertCategoriesUsed(categories, (category) => catalogue.hasCategory(category), 'categories');
      }
      // Each purpose is asked about the categories it uses among those named.
      return catalogue.purposes.map((purpose) => ({
        subjectId,
        purpose,
        categories: categories?.filter((category) => purpose.dataCategories.includes(category)),
      }));
    }
    case 'checks':
      return questions.checks.map((check, index) => checkOf(check, catalogue, `checks[${index}].`));
  }
}

function checkOf(
  check: PermissionCheck,
  catalogue: CatalogueIndex,
  fieldPrefix: string,
  unknownPurposeStatus?: number,
): CatalogueCheck {
  const purpose = catalogue.purpose(check.purpose);
  if (!purpose) {
    const message = `unknown purpose "${check.purpose}"`;
    const refusal = refuse('UNKNOWN_PURPOSE', message, [{ field: `${fieldPrefix}purpose`, message }]);
    throw new RefusalException(refusal, unknownPurposeStatus);
  }
  const { subjectId, categories } = check;
  if (categories) {
    const uses = (category: string) => purpose.dataCategories.includes(category);
    assertCategoryList(categories, `${fieldPrefix}categories`);
    assertCategoriesUsed(categories, uses, `${fieldPrefix}categories`);
  }
  return { subjectId, purpose, categories };
}

/**
 * 400 VALIDATION_FAILED (contract section 5): a list of categories names at least one, each once (every repeat
 * named, by the domain's rule for all lists). An empty list would ask about nothing, and a check must never be
 * answered more favourably for naming fewer categories.
 */
function assertCategoryList(categories: readonly string[], field: string): void {
  const empty = 'must name at least one data category';
  const refusal =
    categories.length === 0
      ? refuse('VALIDATION_FAILED', `${field} ${empty}`, [{ field, message: empty }])
      : repeated({ [field]: categories });
  if (refusal) throw new RefusalException(refusal);
}

function assertCategoriesUsed(
  categories: readonly string[],
  used: (category: string) => boolean,
  field: string,
): void {
  const unused = categories.find((category) => !used(category));
  if (unused === undefined) return;
  const message = `no purpose asked about uses the data category "${unused}"`;
  throw new RefusalException(refuse('UNKNOWN_CATEGORY', message, [{ field, message }]));
}
