import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Actor } from '@ledger/domain';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC_KEY, ROLES_KEY, STREAM_TOKEN_KEY } from './access.decorator';
import { Gatekeeper } from './gatekeeper';
import { Role } from './roles';

export type AuthenticatedRequest = FastifyRequest & { actor: Actor };

/**
 * Who may call a route: everyone (public), or the roles it allows (none when it names none), with a key or
 * also with a change-stream token.
 */
type Access = { isPublic: true } | { isPublic: false; roles: readonly Role[]; streamToken: boolean };

/**
 * Every route needs a valid key, a role it allows and budget left (see `Gatekeeper`); routes marked public
 * (health) excepted. A route's access is read from its metadata once, not on every request.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly accessByRoute = new WeakMap<object, WeakMap<object, Access>>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(Gatekeeper) private readonly gatekeeper: Gatekeeper,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const access = this.accessOf(context);
    if (access.isPublic) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const reply = http.getResponse<FastifyReply>();
    // A token given is what admits, whatever header comes with it: one request, one credential judged.
    const token = access.streamToken
      ? (request.query as Record<string, unknown> | undefined)?.token
      : undefined;
    request.actor =
      token !== undefined
        ? this.gatekeeper.admitStreamToken(token, access.roles, reply)
        : this.gatekeeper.admit(request.headers.authorization, access.roles, reply);
    return true;
  }

  private accessOf(context: ExecutionContext): Access {
    const [handler, controller] = [context.getHandler(), context.getClass()];
    let byHandler = this.accessByRoute.get(controller);
    if (!byHandler) this.accessByRoute.set(controller, (byHandler = new WeakMap()));
    let access = byHandler.get(handler);
    if (!access) {
      const targets = [handler, controller];
      access = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)
        ? { isPublic: true }
        : {
            isPublic: false,
            roles: this.reflector.getAllAndOverride<readonly Role[]>(ROLES_KEY, targets) ?? [],
            streamToken: this.reflector.getAllAndOverride<boolean>(STREAM_TOKEN_KEY, targets) ?? false,
          };
      byHandler.set(handler, access);
    }
    return access;
  }
}
