import type { ResponseObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { ProblemCode, RefusalCode } from '@ledger/wire';
import { PROBLEM_STATUS } from '../problems/problem-status';
import { PROBLEM_CODES } from './problem-codes';
import { ref } from './typed-schema';

/** A refusal a route can answer: a code at its usual status, or a code at another (`['UNKNOWN_PURPOSE', 404]`). */
export type RefusalSpec = RefusalCode | readonly [ProblemCode, number];

const RETRY_AFTER = {
  'Retry-After': {
    description: 'seconds to wait before asking again',
    schema: { type: 'integer', minimum: 1 },
  },
};

/** The refusals that pass by themselves, answered with the seconds to wait in `Retry-After` (and every 503). */
const SAY_WHEN: ReadonlySet<ProblemCode> = new Set(['RATE_LIMITED', 'TOO_MANY_STREAMS']);

/**
 * One response per status, each an `application/problem+json` whose `code` can only be one of that
 * status's codes, and a description that says when each is answered.
 */
export function problemResponses(refusals: readonly RefusalSpec[]): Record<string, ResponseObject> {
  const byStatus = new Map<number, Set<ProblemCode>>();
  for (const refusal of refusals) {
    const [code, status] = typeof refusal === 'string' ? [refusal, PROBLEM_STATUS[refusal]] : refusal;
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => {
      const codes = [...byStatus.get(status)!];
      const response: ResponseObject = {
        description: codes.map((code) => `\`${code}\`: ${PROBLEM_CODES[code]}`).join('; '),
        content: {
          'application/problem+json': {
            schema: {
              allOf: [
                ref('Problem'),
                { type: 'object', properties: { code: { enum: codes } }, required: ['code'] },
              ],
            },
          },
        },
        ...((status === 503 || codes.some((code) => SAY_WHEN.has(code))) && { headers: RETRY_AFTER }),
      };
      return [String(status), response];
    }),
  );
}
