import { refuse } from '@ledger/domain';
import { WrongExpectedRevision } from '@ledger/event-store';
import { RefusalException } from '../../problems/refusal.exception';

/** Conflicts with other processes are retried this often before the request gives up. */
export const MAX_ATTEMPTS = 20;

export interface RetryOptions {
  /** From `If-Match`: the caller asked for that revision only, so a conflict is its answer, never retried. */
  expectedRevision?: number;
  /** Told of every conflict, before the next attempt. */
  onConflict: () => void;
  maxAttempts?: number;
}

/**
 * Runs `attempt` until it appends. A conflict means another process appended to the subject first (this
 * process's own commands on a subject queue behind each other): the next attempt decides again on the
 * store's stream. Refuses `409 WRONG_EXPECTED_REVISION` on a conflict under If-Match, or past the bound.
 */
export async function appendWithRetry<T>(
  { expectedRevision, onConflict, maxAttempts = MAX_ATTEMPTS }: RetryOptions,
  attempt: (afterConflict: boolean) => Promise<T>,
): Promise<T> {
  for (let attempts = 1; ; attempts++) {
    try {
      return await attempt(attempts > 1);
    } catch (error) {
      if (!(error instanceof WrongExpectedRevision)) throw error;
      onConflict();
      if (expectedRevision !== undefined || attempts >= maxAttempts) {
        throw new RefusalException(
          refuse('WRONG_EXPECTED_REVISION', `the subject's stream is at revision ${error.actualRevision}`),
        );
      }
    }
  }
}
