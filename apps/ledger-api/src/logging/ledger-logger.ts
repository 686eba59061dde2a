import pino, { DestinationStream, Logger } from 'pino';
import { LogLevelName, SystemClock } from '@ledger/runtime';
import { logDestination } from './log-destination';

/**
 * The process's one logger: JSON lines, whatever the output is (no colours, no pretty printing), each with
 * an ISO 8601 time in UTC and its level by name. Fastify logs through it, and Nest through `NestPinoLogger`.
 */
export function createLedgerLogger(
  level: LogLevelName,
  destination: DestinationStream = logDestination(),
): Logger {
  // What pino's `stdTimeFunctions.isoTime` writes, from a clock that formats the time once per millisecond:
  // formatting it for every line was half of a request line's cost.
  const clock = new SystemClock();
  return pino(
    {
      level,
      timestamp: () => `,"time":"${clock.now()}"`,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}
