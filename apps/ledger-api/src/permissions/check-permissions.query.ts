import { Query } from '@nestjs/cqrs';
import { Actor, Language } from '@ledger/domain';
import { CheckBatchAnswer, PermissionCheck, PermissionQuery } from '@ledger/contracts';

/**
 * One or many permission questions, answered together from one state of the read side. `actor` is the key
 * that asks, for the decision log. `purposeInPath` marks a single check whose purpose came from the path
 * (unknown there is a 404); `explain` asks for each decision's explanation in that language.
 */
export class CheckPermissionsQuery extends Query<CheckBatchAnswer> {
  constructor(
    readonly actor: Actor,
    readonly checks: readonly PermissionCheck[],
    readonly at?: string,
    readonly asOf?: string,
    readonly minPosition?: string,
    readonly purposeInPath = false,
    readonly explain?: Language,
  ) {
    super();
  }

  /** `GET /v1/subjects/{subjectId}/permissions/{purpose}`: one check, its purpose from the path. */
  static single(
    actor: Actor,
    subjectId: string,
    purpose: string,
    query: PermissionQuery & { explain?: Language },
  ): CheckPermissionsQuery {
    const categories = splitCategories(query.categories);
    return new CheckPermissionsQuery(
      actor,
      [{ subjectId, purpose, categories }],
      query.at,
      query.asOf,
      query.minPosition,
      true,
      query.explain,
    );
  }
}

/** The `categories` of a query string: comma-separated, each trimmed. */
export const splitCategories = (categories: string | undefined) =>
  categories?.split(',').map((category) => category.trim());
