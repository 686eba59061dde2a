import Database from 'better-sqlite3';
import { StoreUnavailable } from '../event-store.port';

/** SQLite result codes that say the file cannot be used now (locked, full, unreadable), not that a call was wrong. */
const UNAVAILABLE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|READONLY|CORRUPT|NOTADB|PROTO|NOMEM)/;

export function isUnavailable(error: unknown): boolean {
  return error instanceof Database.SqliteError && UNAVAILABLE_CODES.test(error.code);
}

/** A `SqliteError` that a caller's request caused (a duplicate event id), which fails that append alone. */
export function isConstraintViolation(error: unknown): boolean {
  return error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT');
}

export function toStoreError(error: unknown): unknown {
  return isUnavailable(error)
    ? new StoreUnavailable('the SQLite event store is unavailable', { cause: error })
    : error;
}

/** Runs a synchronous database call as the port's promise, with operational failures as `StoreUnavailable`. */
export async function guarded<T>(call: () => T): Promise<T> {
  try {
    return call();
  } catch (error) {
    throw toStoreError(error);
  }
}
