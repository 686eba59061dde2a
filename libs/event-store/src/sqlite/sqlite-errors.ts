import { storeErrors } from '../common/store-errors';

/** SQLite result codes that say the file cannot be used now (locked, full, unreadable), not that a call was wrong. */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTO|NOMEM)/;

/**
 * The SQLite result code of an error better-sqlite3 threw. Matched by shape, not `instanceof`: the native
 * addon keeps the `SqliteError` class of the first module registry that loaded it, so under a test runner
 * with a registry per file (jest) later registries' class is not the one thrown.
 */
function sqliteCode(error: unknown): string | undefined {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string' ? code : undefined;
}

export const sqliteErrors = storeErrors('SQLite', (error) => UNAVAILABLE_CODES.test(sqliteCode(error) ?? ''));

/** A `SqliteError` that a caller's request caused (a duplicate event id), which fails that append alone. */
export function isConstraintViolation(error: unknown): boolean {
  return sqliteCode(error)?.startsWith('SQLITE_CONSTRAINT') ?? false;
}
