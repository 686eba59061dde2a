import { ProblemCode } from '@ledger/wire';
import { FastifyInstance } from 'fastify';

declare module 'fastify' {
  interface FastifyReply {
    /** The code of the problem this reply answered, for the metrics; `null` for any other answer. */
    problemCode: ProblemCode | null;
    /** Whether that problem was the store failing the request. */
    storeFailed: boolean;
  }
}

/**
 * Every reply starts unmarked, declared once so that all replies keep one shape (as Fastify advises for
 * anything set on them); `sendProblem` marks those that answer a problem.
 */
export function registerProblemMarks(fastify: FastifyInstance): void {
  fastify.decorateReply('problemCode', null);
  fastify.decorateReply('storeFailed', false);
}
