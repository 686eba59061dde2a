import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor } from '@ledger/domain';
import { AuthenticatedRequest } from './api-key.guard';

const actorOfRequest = (_: unknown, context: ExecutionContext): Actor =>
  context.switchToHttp().getRequest<AuthenticatedRequest>().actor;

/** The key that made the request, as the guard authenticated it. */
export const Caller = createParamDecorator(actorOfRequest);
