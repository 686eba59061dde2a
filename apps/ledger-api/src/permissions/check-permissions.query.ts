import { Query } from '@nestjs/cqrs';
import { Actor, Language } from '@ledger/domain';
import {
  CheckBatchAnswer,
  CheckBatchRequest,
  PermissionCheck,
  PermissionQuery,
  TimeTravel,
} from '@ledger/wire';

/** What a permission query asks about, as the route asked it. */
export type PermissionQuestions =
  /** One purpose, named in the path: a purpose unknown there is a 404. */
  | { kind: 'purpose'; subjectId: string; purpose: string; categories?: readonly string[] }
  /** Every purpose of the catalogue, for one subject. */
  | { kind: 'every-purpose'; subjectId: string; categories?: readonly string[] }
  /** A batch, each check naming its purpose. */
  | { kind: 'checks'; checks: readonly PermissionCheck[] };

export interface CheckPermissionsOptions extends TimeTravel {
  /** The key that asks, for the decision log. */
  actor: Actor;
  questions: PermissionQuestions;
  /** Adds each decision's explanation in this language. */
  explain?: Language;
}

/** The query string or body of a permission route, as validated by its DTO. */
type Asked = TimeTravel & { explain?: Language };

/** One or many permission questions, answered together from one state of the read side. */
export class CheckPermissionsQuery extends Query<CheckBatchAnswer> {
  constructor(readonly options: CheckPermissionsOptions) {
    super();
  }

  /** `GET /v1/subjects/{subjectId}/permissions/{purpose}`: one check, its purpose from the path. */
  static single(
    actor: Actor,
    subjectId: string,
    purpose: string,
    query: PermissionQuery & Asked,
  ): CheckPermissionsQuery {
    const categories = splitCategories(query.categories);
    return CheckPermissionsQuery.asking(actor, { kind: 'purpose', subjectId, purpose, categories }, query);
  }

  /** `GET /v1/subjects/{subjectId}/permissions`: every purpose of the catalogue. */
  static everyPurpose(
    actor: Actor,
    subjectId: string,
    query: PermissionQuery & Asked,
  ): CheckPermissionsQuery {
    const categories = splitCategories(query.categories);
    return CheckPermissionsQuery.asking(actor, { kind: 'every-purpose', subjectId, categories }, query);
  }

  /** `POST /v1/permissions/check`: a batch. */
  static batch(actor: Actor, body: CheckBatchRequest & Asked): CheckPermissionsQuery {
    return CheckPermissionsQuery.asking(actor, { kind: 'checks', checks: body.checks }, body);
  }

  private static asking(actor: Actor, questions: PermissionQuestions, asked: Asked): CheckPermissionsQuery {
    const { at, asOf, minPosition, explain } = asked;
    return new CheckPermissionsQuery({ actor, questions, at, asOf, minPosition, explain });
  }
}

/** The `categories` of a query string: comma-separated, each trimmed; `categories=` names none. */
const splitCategories = (categories: string | undefined) =>
  categories === '' ? [] : categories?.split(',').map((category) => category.trim());
