import { Refusal } from '@ledger/domain';

/**
 * Carries a refusal from wherever it is found to the one filter that turns it into a problem. `status`
 * overrides the code's usual status where the contract gives one code two statuses (an unknown purpose is
 * a 400 in a body or query, a 404 in a path).
 */
export class RefusalException extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly status?: number,
  ) {
    super(refusal.detail);
    this.name = 'RefusalException';
  }
}
