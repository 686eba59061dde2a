import { FastifyServerOptions, LogController } from 'fastify';
import { Logger } from 'pino';
import { traceOf } from '../http/traceparent';
import { requestIdOf } from '../http/x-request-id';

/**
 * Fastify logs through the process's logger, each request through a child that carries its id (`reqId`)
 * and, when the request has a valid `traceparent`, its `traceId` and `parentId`. Fastify's own request lines
 * are off: they print the URL as sent, which carries subject ids and free text; `request-log.ts` writes the
 * ledger's one line per request instead.
 */
export function fastifyLogging(logger: Logger): Partial<FastifyServerOptions> {
  return {
    loggerInstance: logger,
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdOf,
    childLoggerFactory: (parent, bindings, options, request) => {
      const trace = traceOf(request.headers.traceparent);
      return parent.child(trace ? { ...bindings, ...trace } : bindings, options);
    },
  };
}
