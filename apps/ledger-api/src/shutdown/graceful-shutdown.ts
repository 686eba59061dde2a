import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger as LogLines } from 'pino';
import { ShutdownGate } from './shutdown-gate';

/** How long the exit waits for the log's last lines to be written; a reader that has stopped reading can't hold it. */
const LOG_FLUSH_MS = 1_000;

/**
 * On SIGTERM (or SIGINT), shuts down without cutting off a request: from the signal on, every request that
 * arrives, on a new connection or an open one, is refused with a problem; the requests under way are answered;
 * once the connections are quiet, the application is closed (the change streams ended, the read side stopped,
 * the listener and the connections closed, the decision log and the store closed) and the process exits.
 * The listener stays open until then because a connection the kernel has accepted but Node not yet taken
 * would be reset by closing it. After `graceMs`, connections still open are cut, so a client that never
 * finishes its request, or a stream of new ones, cannot hold the shutdown up; a second signal exits at once.
 *
 * Nest's own shutdown hooks are not used: they stop the read side and the store before the HTTP server, under
 * requests still being answered. Call before `listen`, so that the gate's hooks apply to every route.
 */
export function closeGracefullyOnSignals(
  app: NestFastifyApplication,
  { graceMs, logs }: { graceMs: number; logs: LogLines },
): void {
  const logger = new Logger('Shutdown');
  const fastify = app.getHttpAdapter().getInstance();
  const gate = new ShutdownGate();
  gate.register(fastify);
  let signalled = false;
  const shutDown = async (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    signalled = true;
    logger.log(`${signal}: answering the requests under way, refusing new ones`);
    gate.close();
    const overdue = new Promise<void>((resolve) =>
      setTimeout(() => {
        fastify.server.closeAllConnections();
        resolve();
      }, graceMs),
    );
    await Promise.race([gate.settled(), overdue]);
    await app.close();
    await flushed(logs);
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, (received) => void shutDown(received).catch((error: Error) => fail(logger, error)));
  }
}

/**
 * The log's waiting lines written (or found unwritable) without blocking, so that the synchronous flush pino makes
 * on exit has nothing left to retry; bounded by `LOG_FLUSH_MS`.
 */
function flushed(logs: LogLines): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, LOG_FLUSH_MS).unref();
    logs.flush(() => resolve());
  });
}

function fail(logger: Logger, error: Error): void {
  logger.error(`shutdown failed: ${error.message}`, error.stack);
  process.exit(1);
}
