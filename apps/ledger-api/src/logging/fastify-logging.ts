import { FastifyServerOptions, LogController } from 'fastify';
import { Logger } from 'pino';
import { requestIdOf } from '../http/x-request-id';
import { RequestChildLogger } from './request-child-logger';

/**
 * Fastify logs through the process's logger, each request through a child that carries its id (`reqId`)
 * and, when the request has a valid `traceparent`, its `traceId` and `parentId` (`RequestChildLogger`).
 * Fastify's own request lines are off: they print the URL as sent, which carries subject ids and free text;
 * `request-log.ts` writes the ledger's one line per request instead.
 */
export function fastifyLogging(logger: Logger): Partial<FastifyServerOptions> {
  return {
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdOf,
    childLoggerFactory: (parent, bindings, options, request) =>
      new RequestChildLogger(parent, bindings, options, request),
  };
}
