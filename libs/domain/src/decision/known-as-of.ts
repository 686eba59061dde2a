import { refuse, Refusal } from '../refusal';
import { beyondClockSkew } from '../time';

/**
 * `asOf` asks what the ledger knew at a moment. A moment the ledger has not reached is not known yet: answered
 * from what it knows now, the same question would get another answer once something is recorded before that
 * moment, and a replay must not change. Refused (400, naming `asOf`) beyond the 5 minutes of clock skew a
 * command's `occurredAt` is allowed, so a caller's clock a little ahead is not refused.
 */
export function unknownAsOf(asOf: string | undefined, now: string): Refusal | undefined {
  if (asOf === undefined || !beyondClockSkew(asOf, now)) return undefined;
  const message = `must not be more than 5 minutes after the ledger's time (${now}): what it will know then is not known yet`;
  return refuse('VALIDATION_FAILED', `asOf ${message}`, [{ field: 'asOf', message }]);
}
