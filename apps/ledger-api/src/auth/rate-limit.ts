import { refuse } from '@ledger/domain';
import { FastifyReply } from 'fastify';
import { RefusalException } from '../problems/refusal.exception';
import { FixedWindowStorage } from './fixed-window-storage';
import { Role, ROLES } from './roles';

/** Requests per minute one API key may make unless `LEDGER_RATE_LIMIT` says otherwise: 1000 a second. */
export const DEFAULT_RATE_LIMIT = 60_000;

/**
 * `system` keys are not limited unless `LEDGER_RATE_LIMIT_SYSTEM` says so. They are the main caller: a
 * collection run checks as fast as the ledger answers (the README's Performance has the rates), so a budget
 * low enough to stop a flood would throttle it at its busiest. And a request count does not measure what a
 * system key costs: one batch is a thousand decisions.
 */
export const DEFAULT_SYSTEM_RATE_LIMIT = 0;

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

/** Each role's budget: `null` where limiting is off. */
export type RoleBudgets = Readonly<Record<Role, RateBudget | null>>;

/** The budgets `LEDGER_RATE_LIMIT` and `LEDGER_RATE_LIMIT_SYSTEM` ask for; none (limiting off) for 0. */
export function rateBudgets(limits: { rateLimit?: number; systemRateLimit?: number }): RoleBudgets {
  const budget = (limit: number) => (limit === 0 ? null : new RateBudget(limit));
  const others = budget(limits.rateLimit ?? DEFAULT_RATE_LIMIT);
  const budgets = Object.fromEntries(ROLES.map((role) => [role, others])) as Record<Role, RateBudget | null>;
  budgets.system = budget(limits.systemRateLimit ?? DEFAULT_SYSTEM_RATE_LIMIT);
  return budgets;
}
