import { Server } from 'node:http';
import { ServerLimits } from '@ledger/runtime';

/** The most often Node looks for connections over their headers or request timeout. */
const LONGEST_CHECK_MS = 1000;

/**
 * Fastify's (and Node's) options for `limits`. Node closes a connection whose headers or request are late
 * with a `408`, which `clientErrorHandler` answers as a problem; it checks every so often, so the check runs
 * at least each second (its default, 30 s, would let a stalled connection stay three times its timeout).
 */
export function connectionLimitOptions(limits: ServerLimits) {
  return {
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.min(LONGEST_CHECK_MS, limits.headersTimeoutMs),
    },
  };
}

/** Beyond the cap, Node closes a new connection at once, before reading from it. */
export function capConnections(server: Server, limits: ServerLimits): void {
  if (limits.maxConnections > 0) server.maxConnections = limits.maxConnections;
}
