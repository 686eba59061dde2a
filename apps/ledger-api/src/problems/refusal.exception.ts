import { Refusal } from '@ledger/domain';
import { Problem } from '@ledger/wire';

/** The members a problem adds to RFC 9457's for its code, beyond `fields`. */
export type ProblemMembers = Pick<Problem, 'headPosition'>;

/**
 * Carries a refusal from wherever it is found to the one filter that turns it into a problem. `status`
 * overrides the code's usual status where the contract gives one code two statuses (an unknown purpose is
 * a 400 in a body or query, a 404 in a path). The refusals that say more set `members` or `retryAfterSeconds`.
 */
export class RefusalException extends Error {
  readonly members?: ProblemMembers;
  /** Sent as `Retry-After`, for a refusal that may pass later. */
  readonly retryAfterSeconds?: number;

  constructor(
    readonly refusal: Refusal,
    readonly status?: number,
  ) {
    super(refusal.detail);
    this.name = 'RefusalException';
  }
}
