import pino, { DestinationStream } from 'pino';

/**
 * Standard output, written asynchronously: a line is queued in memory and written as soon as the previous
 * write is done, so no request waits on the pipe to the log collector (`npm run bench -- request-log`
 * measures it against synchronous writes). On a normal exit, `process.exit` or an uncaught error, pino writes
 * what is queued before the process ends; a SIGKILL or a crash of Node itself loses it. No acknowledged append
 * depends on a log line: the store holds it, and the decision log (`LEDGER_DECISION_LOG`) is written before
 * the answer.
 */
export const logDestination = (): DestinationStream => pino.destination({ dest: 1, sync: false });
