import { Query } from '@nestjs/cqrs';
import { Verdict } from '@ledger/domain';

export interface PermissionCheck {
  subjectId: string;
  purpose: string;
  categories?: readonly string[];
}

/** A decision as the API answers it (contract section 5). */
export type Decision = { subjectId: string } & Verdict & { position: string };

export interface PermissionAnswers {
  position: string;
  results: Decision[];
}

/**
 * One or many permission questions, answered together from one state of the read side.
 * `purposeInPath` marks a single check whose purpose came from the path (unknown there is a 404).
 */
export class CheckPermissionsQuery extends Query<PermissionAnswers> {
  constructor(
    readonly checks: readonly PermissionCheck[],
    readonly at?: string,
    readonly asOf?: string,
    readonly minPosition?: string,
    readonly purposeInPath = false,
  ) {
    super();
  }
}
