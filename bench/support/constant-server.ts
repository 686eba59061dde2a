import Fastify from 'fastify';

/**
 * The baseline for the ledger's queries: a bare Fastify server (no Nest, no auth, no work) answering every
 * request on the ledger's route with the same JSON and the same response headers, so that each answer has the
 * size the ledger's has. Started by `startService`.
 */
process.once('message', async ({ body, headers }: { body: unknown; headers: Record<string, string> }) => {
  const server = Fastify();
  server.get('/v1/subjects/:subjectId/permissions/:purpose', async (_request, reply) => {
    void reply.headers(headers);
    return body;
  });
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ url, pid: process.pid });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
});
