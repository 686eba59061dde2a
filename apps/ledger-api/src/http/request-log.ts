import { FastifyInstance } from 'fastify';
import { AuthenticatedRequest } from '../auth/api-key.guard';

/**
 * One line per answered request, at `info`, through the request's own logger (so with its `reqId` and trace
 * ids): method, route pattern, status, duration in ms and the name of the key that asked. Never the path as
 * sent, its query or the body, which carry subject ids and personal free text; never a secret, nor the
 * change stream's `token`, which stands for a key while it lasts. Health probes, asked every few seconds by
 * the platform, are left out.
 */
export function registerRequestLog(fastify: FastifyInstance): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/health/')) {
      request.log.info(
        {
          method: request.method,
          route,
          status: reply.statusCode,
          durationMs: Math.round(reply.elapsedTime * 10) / 10,
          key: (request as Partial<AuthenticatedRequest>).actor?.name,
        },
        'request answered',
      );
    }
    done();
  });
}
