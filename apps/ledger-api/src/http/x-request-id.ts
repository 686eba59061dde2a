import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { FastifyInstance } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * What a caller's id must be to be taken: 1 to 128 visible ASCII characters. Bounded, so a log line stays
 * small; without spaces or controls, so it is one token wherever it is quoted. Two `X-Request-Id` headers
 * arrive joined by ", " and so are unfit too.
 */
const FIT = /^[\x21-\x7e]{1,128}$/;

/**
 * The id of a request (Fastify's `request.id`, `reqId` in its log lines): the caller's `X-Request-Id` when it
 * is fit, a fresh UUID otherwise. An unfit id is never refused, only replaced. Not to be confused with the
 * `requestId` of a command, which names a data subject's request.
 */
export function requestIdOf(request: IncomingMessage): string {
  const sent = request.headers[REQUEST_ID_HEADER];
  return typeof sent === 'string' && FIT.test(sent) ? sent : randomUUID();
}

/**
 * Every answer says the id it was logged under, so a caller can quote it. First among the hooks: one that
 * answers a request itself (the shutdown gate) stops those after it.
 */
export function registerRequestIdHeader(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
}
