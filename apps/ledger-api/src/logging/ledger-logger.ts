import pino, { DestinationStream, Logger } from 'pino';
import type { LogLevelName } from '@ledger/runtime';
import { logDestination } from './log-destination';

/**
 * The process's one logger: JSON lines, whatever the output is (no colours, no pretty printing), each with
 * an ISO 8601 time in UTC and its level by name. Fastify logs through it, and Nest through `NestPinoLogger`.
 */
export function createLedgerLogger(
  level: LogLevelName,
  destination: DestinationStream = logDestination(),
): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
