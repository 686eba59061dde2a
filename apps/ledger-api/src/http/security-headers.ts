import { IncomingMessage, ServerResponse } from 'node:http';
import { FastifyInstance } from 'fastify';
import helmet, { HelmetOptions } from 'helmet';

/**
 * Helmet's CSP suits the Swagger UI at /docs (scripts from files, some inline styles); only the upgrade to
 * HTTPS is left out, since the ledger serves HTTP (TLS ends before it).
 */
const OPTIONS: HelmetOptions = { contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } } };

/**
 * The headers helmet sets, computed once. They depend on the configuration alone, never on the request;
 * `@fastify/helmet` builds the whole helmet middleware again for every request, which measured a third of
 * a permission check's cost.
 */
export function securityHeaders(options: HelmetOptions = OPTIONS): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, () => undefined);
  return headers;
}

/**
 * No answer may be kept by a cache: decisions, histories and exports are personal data, and a browser (the
 * DPO's, running the console) would otherwise keep them on its disk. Shared caches already may not store an
 * answer to a request that carried `Authorization`; a browser's own cache may. The console's files, which hold
 * no data, say their own caching as they are served.
 */
const NOT_STORED = { 'cache-control': 'no-store' };

/** The headers of every answer, computed once: also those answered before any hook runs (`framework-errors.ts`). */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = { ...securityHeaders(), ...NOT_STORED };

/** Security headers on every answer, the console's files and /docs included. */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (_request, reply, done) => {
    void reply.headers(ANSWER_HEADERS);
    done();
  });
}
