import { closeSync, openSync } from 'node:fs';
import Database from 'better-sqlite3';

/**
 * `position` is the global log order. AUTOINCREMENT keeps it from ever reusing a value; writers take the
 * database's single write lock, so positions become visible in the order they were assigned and a reader
 * following the log cannot skip one. Times are kept as the exact strings that were hashed.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    position        INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id       TEXT    NOT NULL,
    revision        INTEGER NOT NULL,
    event_id        TEXT    NOT NULL UNIQUE,
    type            TEXT    NOT NULL,
    occurred_at     TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    data            TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    idempotency_key TEXT    UNIQUE,
    request_hash    TEXT,
    UNIQUE (stream_id, revision)
  );
  -- A destroyed key keeps its row, with wrapped_key NULL, as a tombstone: no key is ever stored again.
  CREATE TABLE IF NOT EXISTS data_keys (
    key_id       TEXT PRIMARY KEY,
    wrapped_key  BLOB,
    destroyed_at TEXT
  );
  -- The read side's saved state, to start from instead of replaying the log; no event, not hashed.
  CREATE TABLE IF NOT EXISTS read_checkpoints (
    name     TEXT    PRIMARY KEY,
    position INTEGER NOT NULL,
    state    TEXT    NOT NULL
  );
`;

/**
 * How long a connection waits, by default, for another process's write lock before it fails. The wait blocks
 * the process: better-sqlite3 is synchronous.
 */
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

export function openSqliteDatabase(file: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): Database.Database {
  createOwnerOnly(file);
  const db = new Database(file);
  try {
    // Another process may hold the write lock for a moment: wait for it rather than fail.
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    db.pragma('journal_mode = WAL');
    // FULL: a commit is on disk (the WAL fsynced) before it returns, so an acknowledged append survives a crash.
    db.pragma('synchronous = FULL');
    // Overwrite deleted content (a destroyed data key) instead of leaving it in free pages.
    db.pragma('secure_delete = ON');
    // Immediate: the write lock is held from the start, so processes starting at once migrate one by one.
    db.transaction(() => {
      db.exec(SCHEMA);
      keyDataKeysById(db);
    }).immediate();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * SQLite would create the file readable by everyone (0644), and gives its -wal and -shm files the file's mode:
 * created here first, all three are readable by their owner only. An existing file keeps its mode.
 */
function createOwnerOnly(file: string): void {
  try {
    closeSync(openSync(file, 'wx', 0o600));
  } catch (error) {
    // Another process starting at the same moment may have created it first.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Before keys had scopes, `data_keys` was keyed by `stream_id`. Its values, subject ids, are the key ids the
 * API uses for a subject's own key, so renaming the column keeps every key and tombstone in force.
 */
function keyDataKeysById(db: Database.Database): void {
  const columns = db.pragma('table_info(data_keys)') as { name: string }[];
  if (columns.some((column) => column.name === 'stream_id')) {
    db.exec('ALTER TABLE data_keys RENAME COLUMN stream_id TO key_id');
  }
}
