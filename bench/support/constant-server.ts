import Fastify from 'fastify';

/**
 * The baseline for the ledger's queries: a bare Fastify server (no Nest, no auth, no work) answering every
 * request on the ledger's route with the same JSON, of the size the ledger answers. Started by `startService`.
 */
process.once('message', async ({ body }: { body: unknown }) => {
  const server = Fastify();
  server.get('/v1/subjects/:subjectId/permissions/:purpose', async () => body);
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ url });
  process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
});
