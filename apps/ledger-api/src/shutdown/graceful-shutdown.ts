import { Server } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ShutdownGate } from './shutdown-gate';

/**
 * On SIGTERM (or SIGINT), shuts down without cutting off a request: the ledger stops accepting connections,
 * refuses with a problem what arrives on those it has, answers what is under way, and only then closes the
 * application (the change streams ended, the read side stopped, the decision log and the store closed) and
 * exits once its connections are gone. After `graceMs`, connections still open are cut, so a client that
 * never finishes its request cannot hold the shutdown up; a second signal exits at once.
 *
 * Nest's own shutdown hooks are not used: they stop the read side and the store before the HTTP server, under
 * requests still being answered. Call before `listen`, so that the gate's hooks apply to every route.
 */
export function closeGracefullyOnSignals(
  app: NestFastifyApplication,
  { graceMs }: { graceMs: number },
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
    logger.log(`${signal}: no new connections; answering the requests under way, refusing new ones`);
    gate.close();
    const server = fastify.server;
    // The plain TCP close stops accepting and leaves the open connections be, where the HTTP server's close
    // also drops the idle ones: a request already on its way on one of them would meet a closed connection.
    const connectionsGone = new Promise<void>((resolve) =>
      Server.prototype.close.call(server, () => resolve()),
    );
    const overdue = new Promise<void>((resolve) =>
      setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, graceMs),
    );
    await Promise.race([gate.settled(), overdue]);
    await app.close();
    // The change streams have just ended; their connections are idle now.
    server.closeIdleConnections();
    await Promise.race([connectionsGone, overdue]);
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.on(signal, (received) => void shutDown(received).catch((error: Error) => fail(logger, error)));
  }
}

function fail(logger: Logger, error: Error): void {
  logger.error(`shutdown failed: ${error.message}`, error.stack);
  process.exit(1);
}
