import { Actor, refuse } from '@ledger/domain';
import { FastifyReply } from 'fastify';
import { Connection, identifyOn } from './connection-keys';
import { RefusalException } from '../problems/refusal.exception';
import { KeyRing } from './key-ring';
import { RoleBudgets } from './rate-limit';
import { Role } from './roles';
import { StreamTokens } from './stream-tokens';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * Who may pass, judged in one pass and in this order: a valid API key (`401`), a role the route allows
 * (`403`), then the budget of the key's role (`429`, when limiting is on for it). Refused requests are not
 * counted.
 */
export class Gatekeeper {
  constructor(
    private readonly keyRing: KeyRing,
    private readonly budgets: RoleBudgets,
    private readonly streamTokens: StreamTokens,
  ) {}

  /** `identify`, as `identifyOn` calls it: made once, not for every request. */
  private readonly judge = (authorization: string | undefined) => this.identify(authorization);

  /** The API key an `Authorization` header presents, or `null` when it presents none that is valid. */
  identify(authorization: string | undefined): Actor | null {
    const match = BEARER.exec(authorization ?? '');
    return match ? this.keyRing.authenticate(match[1]) : null;
  }

  /** The caller, or a refusal; the budget's headers go on `reply`. */
  admit(authorization: string | undefined, allowed: readonly Role[], reply: FastifyReply): Actor {
    const actor = identifyOn(reply.raw.socket as Connection | null, authorization, this.judge);
    if (!actor) {
      throw new RefusalException(
        refuse('UNAUTHENTICATED', 'a valid API key is required: Authorization: Bearer <key>'),
      );
    }
    return this.pass(actor, allowed, reply);
  }

  /**
   * The key a change-stream token stands for, judged as that key would be: its role, then its budget.
   * Anything but a string (`?token=a&token=b`) is no token.
   */
  admitStreamToken(token: unknown, allowed: readonly Role[], reply: FastifyReply): Actor {
    const actor = typeof token === 'string' ? this.streamTokens.verify(token) : null;
    if (!actor) {
      throw new RefusalException(
        refuse(
          'UNAUTHENTICATED',
          'the token is not valid or has expired: ask POST /v1/changes/tokens for another',
        ),
      );
    }
    return this.pass(actor, allowed, reply);
  }

  private pass(actor: Actor, allowed: readonly Role[], reply: FastifyReply): Actor {
    if (!allowed.includes(actor.role as Role)) {
      throw new RefusalException(refuse('FORBIDDEN', `the role ${actor.role} may not do this`));
    }
    this.budgets[actor.role as Role]?.spend(actor.name, reply);
    return actor;
  }
}
