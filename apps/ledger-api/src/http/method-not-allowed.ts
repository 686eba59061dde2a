import { MethodNotAllowedException } from '@nestjs/common';
import { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';

/** The methods a path may take: those of the API's routes, and HEAD, which Fastify answers for every GET. */
const METHODS: readonly HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * For a request no route took: when its path takes other methods than the one sent, the failure to answer
 * it with (`405 METHOD_NOT_ALLOWED`), with those methods set in the reply's `Allow` header (RFC 9110, 15.5.6).
 * `undefined` when no route has the path, or one that takes the method found nothing there: that stays
 * `404 NOT_FOUND`. The router itself says which methods match the path, so no list of routes is kept beside it.
 */
export function methodNotAllowed(
  request: FastifyRequest,
  reply: FastifyReply,
): MethodNotAllowedException | undefined {
  if (!request.is404) return undefined;
  const path = request.url.split('?')[0];
  const allowed = METHODS.filter((method) => request.server.findRoute({ method, url: path }) !== null);
  // A route that takes the method may still find nothing there (the console's files): that stays a `404`.
  if (allowed.length === 0 || allowed.includes(request.method as HTTPMethods)) return undefined;
  const allow = allowed.join(', ');
  void reply.header('allow', allow);
  return new MethodNotAllowedException(`${path} does not take ${request.method}; it takes ${allow}`);
}
