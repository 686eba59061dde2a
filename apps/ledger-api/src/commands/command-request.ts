import { createHash } from 'node:crypto';
import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Actor, LedgerCommand, refuse } from '@ledger/domain';
import canonicalize from 'canonicalize';
import { AuthenticatedRequest } from '../auth/api-key.guard';
import { RefusalException } from '../problems/refusal.exception';
import { RecordCommand } from './record-command';

/** What every command request carries besides its body: who asks, and the optional headers. */
export interface CommandRequest {
  actor: Actor;
  route: string;
  params: Record<string, string>;
  idempotencyKey?: string;
  expectedRevision?: number;
}

export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
/** A quoted revision; `"-1"` asks for a subject that has no events yet. */
export const IF_MATCH = /^"(-1|0|[1-9]\d{0,15})"$/;

function invalidHeader(field: string, message: string): RefusalException {
  return new RefusalException(refuse('VALIDATION_FAILED', `${field}: ${message}`, [{ field, message }]));
}

export const CommandRequestContext = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandRequest => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const idempotencyKey = request.headers['idempotency-key'];
    const ifMatch = request.headers['if-match'];
    if (
      idempotencyKey !== undefined &&
      (typeof idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(idempotencyKey))
    ) {
      throw invalidHeader('Idempotency-Key', 'must be 1..255 visible ASCII characters');
    }
    const revision = typeof ifMatch === 'string' ? IF_MATCH.exec(ifMatch.trim()) : null;
    if (ifMatch !== undefined && !revision)
      throw invalidHeader('If-Match', 'must be a quoted revision, e.g. "3"');
    return {
      actor: request.actor,
      route: `${request.method} ${request.routeOptions.url}`,
      params: request.params as Record<string, string>,
      idempotencyKey,
      expectedRevision: revision ? Number(revision[1]) : undefined,
    };
  },
);

/**
 * The command to execute. The request digest covers the route, its path parameters and the body as sent,
 * not the ids the ledger generates, so a retry of the same request digests the same. Only a request with an
 * Idempotency-Key is ever compared with another, so only such a request is digested.
 */
export function recordCommand(request: CommandRequest, command: LedgerCommand, body: object): RecordCommand {
  const { actor, params, route, idempotencyKey, expectedRevision } = request;
  const idempotency =
    idempotencyKey === undefined ? undefined : { key: idempotencyKey, requestHash: digest() };
  return new RecordCommand({ subjectId: params.subjectId, command, actor, idempotency, expectedRevision });

  function digest(): string {
    const asked = canonicalize({ route, params, body: { ...body } }) as string;
    return createHash('sha256').update(asked).digest('hex');
  }
}
