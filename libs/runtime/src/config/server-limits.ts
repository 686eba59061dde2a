import { wholeNumber } from './env-numbers';

/**
 * What a connection may take from the server (contract section 8): a client that sends its request slowly,
 * or holds a connection open without sending anything, is cut off instead of holding a descriptor for good.
 */
export interface ServerLimits {
  /** From connecting (or the previous answer) to the end of the headers (`LEDGER_HEADERS_TIMEOUT_MS`). */
  headersTimeoutMs: number;
  /**
   * From connecting to the end of the body (`LEDGER_REQUEST_TIMEOUT_MS`). Only receiving is timed: the answer,
   * the change stream's included, may take as long as it takes.
   */
  requestTimeoutMs: number;
  /** How long a connection may wait, idle, for its next request (`LEDGER_KEEP_ALIVE_TIMEOUT_MS`). */
  keepAliveTimeoutMs: number;
  /** Connections open at once; the operating system refuses those beyond (`LEDGER_MAX_CONNECTIONS`, 0: no cap). */
  maxConnections: number;
  /** On SIGTERM, how long answers under way may take before their connections are cut (`LEDGER_SHUTDOWN_GRACE_MS`). */
  shutdownGraceMs: number;
}

/**
 * Generous for any real client, short for one that stalls. The keep-alive timeout sits above the 60 s idle
 * timeout of common load balancers, so the balancer, not the ledger, ends an idle pooled connection (the
 * other order makes the balancer send a request on a connection the ledger is closing).
 */
export const DEFAULT_SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 65_000,
  maxConnections: 1024,
  shutdownGraceMs: 10_000,
};

export function readServerLimits(env: NodeJS.ProcessEnv): ServerLimits {
  const timeout = (name: string) => wholeNumber(env[name], name, { min: 1 });
  const limits: ServerLimits = {
    headersTimeoutMs: timeout('LEDGER_HEADERS_TIMEOUT_MS') ?? DEFAULT_SERVER_LIMITS.headersTimeoutMs,
    requestTimeoutMs: timeout('LEDGER_REQUEST_TIMEOUT_MS') ?? DEFAULT_SERVER_LIMITS.requestTimeoutMs,
    keepAliveTimeoutMs: timeout('LEDGER_KEEP_ALIVE_TIMEOUT_MS') ?? DEFAULT_SERVER_LIMITS.keepAliveTimeoutMs,
    maxConnections:
      wholeNumber(env.LEDGER_MAX_CONNECTIONS, 'LEDGER_MAX_CONNECTIONS', { min: 0 }) ??
      DEFAULT_SERVER_LIMITS.maxConnections,
    shutdownGraceMs: timeout('LEDGER_SHUTDOWN_GRACE_MS') ?? DEFAULT_SERVER_LIMITS.shutdownGraceMs,
  };
  // The headers are part of the request: Node refuses to start with a longer headers timeout.
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new Error(
      `LEDGER_HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed LEDGER_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}
