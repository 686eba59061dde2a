import { Logger } from '@nestjs/common';
import { FastifyInstance } from 'fastify';
import { AuthenticatedRequest } from '../auth/api-key.guard';

/**
 * One line per answered request: method, route pattern, status, duration and the name of the key that
 * asked. Never the path as sent, its query or the body, which carry subject ids and personal free text;
 * never a secret, nor the change stream's `token`, which stands for a key while it lasts. Health probes, asked every few seconds by the platform, are left out.
 */
export function registerRequestLog(fastify: FastifyInstance, logger = new Logger('Http')): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url;
    if (!route?.startsWith('/health/')) {
      const key = (request as Partial<AuthenticatedRequest>).actor?.name ?? '-';
      const ms = reply.elapsedTime.toFixed(1);
      logger.log(`${request.method} ${route ?? '(no route)'} ${reply.statusCode} ${ms} ms key ${key}`);
    }
    done();
  });
}
