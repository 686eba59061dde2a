import { cpuOf, LoadResult } from '../support/load';
import { without } from '../support/ledger-server';
import { ratioRow, Row } from '../support/results';
import { onPermissionStoreCopies, singleChecksOn } from './permission-queries';

/** What the request log may cost a single check at the default level: a tenth of the throughput. */
const LEAST_RATIO = 0.9;

/**
 * What the request log costs single checks, measured on the same build in the same run, on copies of one
 * seeded store: as it ships (a JSON line per request at `info`, written asynchronously, many lines at a time),
 * with the request log off (`LEDGER_LOG_LEVEL=warn`: request ids, the `X-Request-Id` answer header and each
 * request's child logger stay), and with its lines written one at a time, asynchronously (pino's default) and
 * synchronously. Every server's stdout is a pipe that this process reads, as a container's is read by its log
 * collector.
 */
export const requestLog = (): Promise<Row[]> =>
  onPermissionStoreCopies(
    {
      shipped: {},
      'log-off': { LEDGER_LOG_LEVEL: 'warn' },
      'line-by-line': without('log-batching'),
      'sync-log': without('async-log'),
    },
    async (servers) => {
      const [on, off, lineByLine, sync] = await singleChecksOn(servers);
      const againstOff = (load: LoadResult) =>
        `${Math.round(load.okPerSecond)} req/s, ${(load.okPerSecond / off.okPerSecond).toFixed(2)}× of off, ` +
        `${cpuOf(load)} per answer`;
      return [
        ratioRow(
          'GET permission, request log on (default)',
          'req/s',
          on.okPerSecond,
          { name: 'the same build, request log off (LEDGER_LOG_LEVEL=warn)', value: off.okPerSecond },
          LEAST_RATIO,
          `server CPU per answer ${cpuOf(on)} with the log, ${cpuOf(off)} without; lines written one at a ` +
            `time: asynchronously ${againstOff(lineByLine)}; synchronously ${againstOff(sync)}`,
        ),
      ];
    },
  );
