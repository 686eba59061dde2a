import Database from 'better-sqlite3';
import { storeErrors } from '../common/store-errors';

/** SQLite result codes that say the file cannot be used now (locked, full, unreadable), not that a call was wrong. */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTO|NOMEM)/;

export const sqliteErrors = storeErrors(
  'SQLite',
  (error) => error instanceof Database.SqliteError && UNAVAILABLE_CODES.test(error.code),
);

/** A `SqliteError` that a caller's request caused (a duplicate event id), which fails that append alone. */
export function isConstraintViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
}
