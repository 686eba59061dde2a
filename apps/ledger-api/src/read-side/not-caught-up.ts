import { refuse } from '@ledger/domain';
import { RefusalException } from '../problems/refusal.exception';

/**
 * How long a caller refused for a read side that trails is asked to wait: a read side catches up in
 * milliseconds once its store answers, so a short wait, and the client's own backoff beyond it.
 */
export const NOT_CAUGHT_UP_RETRY_AFTER_SECONDS = 1;

/**
 * `503 NOT_CAUGHT_UP`: the read side has not applied what the caller must see (its `minPosition`, or the
 * log at start, or an adopted catalogue). It passes by itself, so the answer says when to ask again
 * (`Retry-After`, RFC 9110, 10.2.3), as a `429` does.
 */
export class NotCaughtUp extends RefusalException {
  override readonly retryAfterSeconds = NOT_CAUGHT_UP_RETRY_AFTER_SECONDS;

  constructor(detail: string) {
    super(refuse('NOT_CAUGHT_UP', detail));
  }
}
