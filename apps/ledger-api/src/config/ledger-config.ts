import { resolve } from 'node:path';

/** Configuration by environment (contract section 6), read once at start. */
export interface LedgerConfig {
  port: number;
  store: 'sqlite' | 'postgres' | 'eventstoredb';
  dataDir: string;
  postgresUrl?: string;
  /** The schema holding the PostgreSQL tables; replicas of one ledger share it. */
  postgresSchema?: string;
  eventStoreDbUrl?: string;
  purposesFile?: string;
  apiKeys?: string;
  masterKey?: string;
  /** The built console (apps/console) served at `/console/`; default `dist/console`. */
  consoleDir?: string;
  /** Requests per minute per API key (`LEDGER_RATE_LIMIT`); 0 turns limiting off. */
  rateLimit?: number;
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');

export function readLedgerConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const store = env.LEDGER_STORE ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres' && store !== 'eventstoredb') {
    throw new Error(`LEDGER_STORE must be sqlite, postgres or eventstoredb, not "${store}"`);
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  const rateLimit = env.LEDGER_RATE_LIMIT?.trim() || undefined;
  if (rateLimit !== undefined && !/^\d{1,9}$/.test(rateLimit)) {
    throw new Error(`LEDGER_RATE_LIMIT must be a number of requests per minute, not "${rateLimit}"`);
  }
  return {
    port,
    store,
    dataDir: resolve(env.LEDGER_DATA_DIR ?? './data'),
    postgresUrl: env.LEDGER_POSTGRES_URL,
    postgresSchema: env.LEDGER_POSTGRES_SCHEMA,
    eventStoreDbUrl: env.LEDGER_EVENTSTOREDB_URL,
    purposesFile: env.LEDGER_PURPOSES_FILE,
    apiKeys: env.LEDGER_API_KEYS,
    masterKey: env.LEDGER_MASTER_KEY,
    consoleDir: env.LEDGER_CONSOLE_DIR,
    rateLimit: rateLimit === undefined ? undefined : Number(rateLimit),
  };
}
