import { DynamicModule, ExecutionContext } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AuthenticatedRequest } from './api-key.guard';
import { FixedWindowStorage } from './fixed-window-storage';

/** Requests per minute one API key may make unless `LEDGER_RATE_LIMIT` says otherwise: 1000 a second. */
export const DEFAULT_RATE_LIMIT = 60_000;

const actorOf = (context: ExecutionContext) =>
  context.switchToHttp().getRequest<Partial<AuthenticatedRequest>>().actor;

/**
 * One budget per API key, by its name, across all routes, counted after authentication: a key that floods
 * the ledger is refused `429 RATE_LIMITED` with `Retry-After`, and other keys go on as before. Requests
 * without a key (health, refused ones) are not counted; a limit of 0 turns limiting off.
 */
export function rateLimitModule(limit = DEFAULT_RATE_LIMIT): DynamicModule {
  return ThrottlerModule.forRoot({
    throttlers: [{ ttl: 60_000, limit }],
    skipIf: (context) => limit === 0 || !actorOf(context),
    getTracker: (request) => (request as AuthenticatedRequest).actor.name,
    generateKey: (_context, keyName) => keyName,
    errorMessage: 'this API key has made too many requests: retry after the seconds in Retry-After',
    storage: new FixedWindowStorage(),
  });
}
