import { resolve } from 'node:path';
import { DEFAULT_ERASURE_GRACE, isValidDuration } from '@ledger/domain';
import { storeUrl } from '@ledger/event-store';
import { wholeNumber } from './env-numbers';
import { readServerLimits, ServerLimits } from './server-limits';

/** Configuration by environment (contract section 8), read once at start. */
export interface LedgerConfig {
  port: number;
  /** The address the server listens on; every interface when unset. */
  host?: string;
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
  /** Requests per minute per API key of every role but `system` (`LEDGER_RATE_LIMIT`); 0 turns limiting off. */
  rateLimit?: number;
  /** Requests per minute per `system` key (`LEDGER_RATE_LIMIT_SYSTEM`); 0, the default, is no limit. */
  systemRateLimit?: number;
  /** The bearer token that may read `GET /metrics` (`LEDGER_METRICS_TOKEN`); without it the route is off. */
  metricsToken?: string;
  /** A file every permission answer is appended to, one JSON line each (`LEDGER_DECISION_LOG`). */
  decisionLog?: string;
  /** The size at which the decision log moves to a new file (`LEDGER_DECISION_LOG_MAX_BYTES`). */
  decisionLogMaxBytes?: number;
  /** How many full decision log files are kept beside the one written (`LEDGER_DECISION_LOG_FILES`). */
  decisionLogFiles?: number;
  /** Timeouts, the connection cap and the shutdown grace; `DEFAULT_SERVER_LIMITS` when not given. */
  serverLimits?: ServerLimits;
  /** The least severe level logged (`LEDGER_LOG_LEVEL`: error, warn, info, debug; default info, one line a request). */
  logLevel?: LogLevelName;
  /** How often an idle change stream sends a heartbeat (`LEDGER_CHANGES_HEARTBEAT_MS`, default 15 s). */
  changesHeartbeatMs?: number;
  /** How many change streams one API key may have open in this process (`LEDGER_MAX_STREAMS_PER_KEY`, default 100). */
  maxStreamsPerKey?: number;
  /**
   * How long a subject may go without an active basis before its erasure is due (`LEDGER_ERASURE_GRACE`, an
   * ISO 8601 duration; default `P28D`).
   */
  erasureGrace?: string;
  /** How long a write may wait for the store before it fails with 503 (`LEDGER_STORE_TIMEOUT_MS`, default 5 s). */
  storeTimeoutMs?: number;
  /** How many subjects' histories the read side keeps in memory (`LEDGER_READ_CACHE_SUBJECTS`, default 100,000). */
  readCacheSubjects?: number;
}

/** The log levels one may set, most severe first; each logs itself and every more severe one. */
const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

export function readLedgerConfig(env: NodeJS.ProcessEnv = process.env): LedgerConfig {
  const store = env.LEDGER_STORE ?? 'sqlite';
  if (store !== 'sqlite' && store !== 'postgres' && store !== 'eventstoredb') {
    throw new Error(`LEDGER_STORE must be sqlite, postgres or eventstoredb, not "${store}"`);
  }
  // The store's URL, checked before anything is made (keys generated, a store opened).
  if (store !== 'sqlite') storeUrl(env, store);
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  const logLevel = logLevelOf(env.LEDGER_LOG_LEVEL);
  return {
    port,
    host: env.HOST?.trim() || undefined,
    logLevel,
    store,
    dataDir: resolve(env.LEDGER_DATA_DIR ?? './data'),
    postgresUrl: env.LEDGER_POSTGRES_URL,
    postgresSchema: env.LEDGER_POSTGRES_SCHEMA,
    eventStoreDbUrl: env.LEDGER_EVENTSTOREDB_URL,
    purposesFile: env.LEDGER_PURPOSES_FILE,
    apiKeys: env.LEDGER_API_KEYS,
    masterKey: env.LEDGER_MASTER_KEY,
    consoleDir: env.LEDGER_CONSOLE_DIR,
    rateLimit: requestsPerMinute(env.LEDGER_RATE_LIMIT, 'LEDGER_RATE_LIMIT'),
    systemRateLimit: requestsPerMinute(env.LEDGER_RATE_LIMIT_SYSTEM, 'LEDGER_RATE_LIMIT_SYSTEM'),
    metricsToken: env.LEDGER_METRICS_TOKEN?.trim() || undefined,
    decisionLog: env.LEDGER_DECISION_LOG ? resolve(env.LEDGER_DECISION_LOG) : undefined,
    decisionLogMaxBytes: positiveInteger(env.LEDGER_DECISION_LOG_MAX_BYTES, 'LEDGER_DECISION_LOG_MAX_BYTES'),
    decisionLogFiles: positiveInteger(env.LEDGER_DECISION_LOG_FILES, 'LEDGER_DECISION_LOG_FILES'),
    serverLimits: readServerLimits(env),
    changesHeartbeatMs: positiveInteger(env.LEDGER_CHANGES_HEARTBEAT_MS, 'LEDGER_CHANGES_HEARTBEAT_MS'),
    maxStreamsPerKey: positiveInteger(env.LEDGER_MAX_STREAMS_PER_KEY, 'LEDGER_MAX_STREAMS_PER_KEY'),
    erasureGrace: erasureGrace(env.LEDGER_ERASURE_GRACE),
    storeTimeoutMs: positiveInteger(env.LEDGER_STORE_TIMEOUT_MS, 'LEDGER_STORE_TIMEOUT_MS'),
    readCacheSubjects: positiveInteger(env.LEDGER_READ_CACHE_SUBJECTS, 'LEDGER_READ_CACHE_SUBJECTS'),
  };
}

function requestsPerMinute(value: string | undefined, name: string): number | undefined {
  const limit = value?.trim() || undefined;
  if (limit !== undefined && !/^\d{1,9}$/.test(limit)) {
    throw new Error(`${name} must be a number of requests per minute, not "${limit}"`);
  }
  return limit === undefined ? undefined : Number(limit);
}

function logLevelOf(value: string | undefined): LogLevelName {
  const level = value?.trim() || 'info';
  // `log` named the request line's level before the logs were JSON; deployments that set it keep working.
  if (level === 'log') return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new Error(`LEDGER_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${level}"`);
  }
  return level as LogLevelName;
}

const positiveInteger = (value: string | undefined, name: string) => wholeNumber(value, name, { min: 1 });

function erasureGrace(value: string | undefined): string {
  const grace = value?.trim() || DEFAULT_ERASURE_GRACE;
  if (!isValidDuration(grace)) {
    throw new Error(`LEDGER_ERASURE_GRACE must be an ISO 8601 duration such as P28D, not "${grace}"`);
  }
  return grace;
}
