import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EventStoreDbStore } from './eventstoredb/eventstoredb-event-store';
import { EventStore } from './event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

export interface EventStoreEnv {
  /** `sqlite` (default), `postgres` or `eventstoredb`. */
  LEDGER_STORE?: string;
  /** Where the SQLite file lives; default `./data`. */
  LEDGER_DATA_DIR?: string;
  LEDGER_POSTGRES_URL?: string;
  /** The schema holding the tables; default `ledger`. */
  LEDGER_POSTGRES_SCHEMA?: string;
  /** An `esdb://` connection string. */
  LEDGER_EVENTSTOREDB_URL?: string;
  /**
   * Milliseconds a write may wait for the store (a lock, a connection, the server) before it fails as the
   * store's fault: PostgreSQL's statement and lock timeouts, SQLite's busy timeout. Default 5000.
   */
  LEDGER_STORE_TIMEOUT_MS?: string;
}

/** The embedded store's file, in the data directory. */
export const SQLITE_FILE = 'ledger.sqlite';

/**
 * The store the environment asks for (contract section 8), not yet initialised. `existingOnly`: a PostgreSQL
 * store's `init()` opens a ledger a server created and never creates one (a SQLite file is looked for by
 * whoever opens it; EventStoreDB has nothing to create).
 */
export function createEventStore(env: EventStoreEnv, { existingOnly = false } = {}): EventStore {
  const kind = env.LEDGER_STORE?.trim() || 'sqlite';
  switch (kind) {
    case 'sqlite': {
      const dataDir = resolve(env.LEDGER_DATA_DIR || 'data');
      // Its owner's alone: it holds the ledger, and by default the keys (an existing one keeps its mode).
      mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      return new SqliteEventStore({ file: join(dataDir, SQLITE_FILE), busyTimeoutMs: timeoutMs(env) });
    }
    case 'postgres':
      return new PostgresEventStore({
        connectionString: storeUrl(env, kind),
        schema: env.LEDGER_POSTGRES_SCHEMA?.trim() || undefined,
        timeoutMs: timeoutMs(env),
        existingOnly,
      });
    case 'eventstoredb':
      return new EventStoreDbStore({
        connectionString: storeUrl(env, kind),
      });
    default:
      throw new Error(`LEDGER_STORE must be sqlite, postgres or eventstoredb, not "${kind}"`);
  }
}

function timeoutMs(env: EventStoreEnv): number | undefined {
  const value = env.LEDGER_STORE_TIMEOUT_MS?.trim();
  if (!value) return undefined;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms <= 0) {
    throw new Error(
      `LEDGER_STORE_TIMEOUT_MS must be a positive whole number of milliseconds, not "${value}"`,
    );
  }
  return ms;
}

/** The setting that gives each server store its URL. */
const URL_SETTINGS = { postgres: 'LEDGER_POSTGRES_URL', eventstoredb: 'LEDGER_EVENTSTOREDB_URL' } as const;

/** The URL of the store `kind`, from its setting; without one, an error that names the setting. */
export function storeUrl(env: EventStoreEnv, kind: keyof typeof URL_SETTINGS): string {
  const name = URL_SETTINGS[kind];
  const value = env[name]?.trim();
  if (!value) throw new Error(`LEDGER_STORE=${kind} needs ${name}`);
  return value;
}
