import { refuse } from '@ledger/domain';
import { ProblemMembers, RefusalException } from '../problems/refusal.exception';

/** How long a key at its cap of open streams is asked to wait: long enough not to spin, short to recover. */
export const STREAMS_RETRY_AFTER_SECONDS = 5;

/**
 * `409 POSITION_BEYOND_HEAD`: a stream after a position the log has not reached would send nothing until the
 * log got there, if ever. The problem names the head, so the client can start from a position the ledger gave.
 */
export class PositionBeyondHead extends RefusalException {
  override readonly members: ProblemMembers;

  constructor(headPosition: string) {
    super(
      refuse(
        'POSITION_BEYOND_HEAD',
        `the log ends at position ${headPosition}: start from there (headPosition) or from an earlier position`,
      ),
    );
    this.members = { headPosition };
  }
}

/** `429 TOO_MANY_STREAMS`: the key has as many change streams open as one key may. */
export class TooManyStreams extends RefusalException {
  override readonly retryAfterSeconds = STREAMS_RETRY_AFTER_SECONDS;

  constructor(cap: number) {
    super(
      refuse(
        'TOO_MANY_STREAMS',
        `this API key has ${cap} change streams open, as many as one key may: close one, or retry after the seconds in Retry-After`,
      ),
    );
  }
}
