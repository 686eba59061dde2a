import { Query } from '@nestjs/cqrs';
import { Actor } from '@ledger/domain';
import { CheckBatchAnswer, PermissionCheck } from '@ledger/contracts';

/**
 * One or many permission questions, answered together from one state of the read side. `actor` is the key
 * that asks, for the decision log. `purposeInPath` marks a single check whose purpose came from the path
 * (unknown there is a 404).
 */
export class CheckPermissionsQuery extends Query<CheckBatchAnswer> {
  constructor(
    readonly actor: Actor,
    readonly checks: readonly PermissionCheck[],
    readonly at?: string,
    readonly asOf?: string,
    readonly minPosition?: string,
    readonly purposeInPath = false,
  ) {
    super();
  }
}
