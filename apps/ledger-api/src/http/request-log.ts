import { FastifyInstance } from 'fastify';
import { Logger } from 'pino';
import { AuthenticatedRequest } from '../auth/api-key.guard';
import { RequestLineWriter } from '../logging/request-line';
import { traceOf } from './traceparent';

/**
 * One line per answered request, at `info`, with the request's id (`reqId`) and trace ids: method, route
 * pattern, status, duration in ms and the name of the key that asked. Never the path as sent, its query or
 * the body, which carry subject ids and personal free text; never a secret, nor the change stream's `token`,
 * which stands for a key while it lasts. Health probes, asked every few seconds by the platform, are left out.
 */
export function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  const lines = new RequestLineWriter(logger);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/health/')) {
      lines.write({
        reqId: request.id,
        trace: traceOf(request.headers.traceparent),
        method: request.method,
        route,
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
        key: (request as Partial<AuthenticatedRequest>).actor?.name,
      });
    }
    done();
  });
}
