import { storeErrors } from '../common/store-errors';

/**
 * SQLSTATEs that say the store cannot serve now, whatever was asked, so that a retry later may succeed:
 * - classes 08 (connection), 53 (insufficient resources: disk full, too many connections), 57 (operator
 *   intervention: shutdown, cancelled statement, a statement timeout, `57P03` cannot connect now) and
 *   58 (system errors: I/O);
 * - `55000` (e.g. a database that does not accept connections), `55P03` (a lock timeout) and `55006` (the
 *   object is in use);
 * - `40001` and `40P01`: a serialization failure or deadlock, made by a concurrent transaction;
 * - `25006`: connected to a read-only standby, as after a failover;
 * - `3D000`, `3F000`, `42P01`: the database, schema or table is gone (the adapter creates them, so in a store
 *   it initialised they were removed, not misnamed); `28000`, `28P01`, `42501`: its role may no longer
 *   log in or use them;
 * - `XX001`, `XX002`: a corrupted table or index page.
 * Everything else (a malformed value, a broken constraint, an internal error) is a fault of the request or
 * of the adapter, and stays what it is.
 */
const UNAVAILABLE_SQLSTATE =
  /^(08|53|57|58)|^(55000|55P03|55006|40001|40P01|25006|3D000|3F000|42P01|28000|28P01|42501|XX001|XX002)$/;

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

/** How `pg` reports a connection it lost or could not make, or a query it gave up on, without a code. */
const CONNECTION_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|not queryable|after calling end on the pool|query read timeout/i;

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
