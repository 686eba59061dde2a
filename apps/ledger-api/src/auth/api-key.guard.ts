import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor, refuse } from '@ledger/domain';
import { FastifyRequest } from 'fastify';
import { RefusalException } from '../problems/refusal.exception';
import { PUBLIC_KEY, ROLES_KEY } from './access.decorator';
import { KeyRing } from './key-ring';
import { Role } from './roles';

export type AuthenticatedRequest = FastifyRequest & { actor: Actor };

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** Every route needs a valid key and a role it allows; routes marked public (health) excepted. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(KeyRing) private readonly keyRing: KeyRing,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const match = BEARER.exec(request.headers.authorization ?? '');
    const actor = match ? this.keyRing.authenticate(match[1]) : null;
    if (!actor) {
      throw new RefusalException(
        refuse('UNAUTHENTICATED', 'a valid API key is required: Authorization: Bearer <key>'),
      );
    }
    const allowed = this.reflector.getAllAndOverride<readonly Role[]>(ROLES_KEY, targets) ?? [];
    if (!allowed.includes(actor.role as Role)) {
      throw new RefusalException(refuse('FORBIDDEN', `the role ${actor.role} may not do this`));
    }
    request.actor = actor;
    return true;
  }
}
