import { refuse } from '@ledger/domain';
import { FastifyReply } from 'fastify';
import { RefusalException } from '../problems/refusal.exception';
import { FixedWindowStorage } from './fixed-window-storage';

/** Requests per minute one API key may make unless `LEDGER_RATE_LIMIT` says otherwise: 1000 a second. */
export const DEFAULT_RATE_LIMIT = 60_000;

const WINDOW_MS = 60_000;

/**
 * One budget per API key, by its name, across all routes, counted after authentication: a key that floods
 * the ledger is refused `429 RATE_LIMITED` with `Retry-After`, and other keys go on as before. Every counted
 * answer says the budget in `X-RateLimit-Limit`, `-Remaining` and `-Reset` (seconds).
 */
export class RateBudget {
  private readonly windows = new FixedWindowStorage();

  constructor(private readonly limit: number) {}

  /** Counts one request of `keyName`; refuses it past the budget. */
  spend(keyName: string, reply: FastifyReply): void {
    const { hits, secondsLeft } = this.windows.hit(keyName, WINDOW_MS);
    if (hits > this.limit) {
      void reply.header('retry-after', secondsLeft);
      throw new RefusalException(
        refuse(
          'RATE_LIMITED',
          'this API key has made too many requests: retry after the seconds in Retry-After',
        ),
      );
    }
    void reply.headers({
      'x-ratelimit-limit': this.limit,
      'x-ratelimit-remaining': this.limit - hits,
      'x-ratelimit-reset': secondsLeft,
    });
  }
}

/** The budget `LEDGER_RATE_LIMIT` asks for; none (limiting off) for 0. */
export const rateBudget = (limit = DEFAULT_RATE_LIMIT): RateBudget | null =>
  limit === 0 ? null : new RateBudget(limit);
