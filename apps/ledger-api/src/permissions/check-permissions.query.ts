import { Query } from '@nestjs/cqrs';
import { Language, Verdict } from '@ledger/domain';

export interface PermissionCheck {
  subjectId: string;
  purpose: string;
  categories?: readonly string[];
}

/** A decision as the API answers it (contract section 5); `explanation` only when asked for. */
export type Decision = { subjectId: string } & Verdict & { position: string; explanation?: string };

export interface PermissionAnswers {
  position: string;
  results: Decision[];
}

/**
 * One or many permission questions, answered together from one state of the read side.
 * `purposeInPath` marks a single check whose purpose came from the path (unknown there is a 404);
 * `explain` asks for each decision's explanation in that language.
 */
export class CheckPermissionsQuery extends Query<PermissionAnswers> {
  constructor(
    readonly checks: readonly PermissionCheck[],
    readonly at?: string,
    readonly asOf?: string,
    readonly minPosition?: string,
    readonly purposeInPath = false,
    readonly explain?: Language,
  ) {
    super();
  }
}
