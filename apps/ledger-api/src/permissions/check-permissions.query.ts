import { Query } from '@nestjs/cqrs';
import { Actor, Language } from '@ledger/domain';
import { CheckBatchAnswer, PermissionCheck } from '@ledger/contracts';

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
}
