import { storeErrors } from '../common/store-errors';

/**
 * SQLSTATE classes that say the server cannot serve now: connection exceptions (08), insufficient
 * resources (53), operator intervention such as a shutdown or cancelled statement (57), system errors (58).
 */
const UNAVAILABLE_SQLSTATE = /^(08|53|57|58)/;
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'EAI_AGAIN',
]);
/** How `pg` reports a connection it lost or could not make, without a code. */
const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|not queryable|after calling end on the pool/i;

/** Duck-typed: socket errors come from Node's own realm, so `instanceof Error` is not to be relied on. */
function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') return UNAVAILABLE_SQLSTATE.test(code) || NETWORK_ERRORS.has(code);
  return typeof message === 'string' && CONNECTION_MESSAGES.test(message);
}

export const postgresErrors = storeErrors('PostgreSQL', isUnavailable);

/** The constraint a unique violation (23505) broke, or `null` for any other error. */
export function violatedConstraint(error: unknown): string | null {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && typeof constraint === 'string' ? constraint : null;
}
