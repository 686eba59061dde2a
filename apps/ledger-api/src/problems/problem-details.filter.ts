import { ArgumentsHost, Catch, ExceptionFilter, HttpException, NotFoundException } from '@nestjs/common';
import { FieldError } from '@ledger/domain';
import { Problem, ProblemCode } from '@ledger/wire';
import { StoreUnavailable } from '@ledger/event-store';
import { FastifyReply, FastifyRequest } from 'fastify';
import { methodNotAllowed } from '../http/method-not-allowed';
import './problem-marks';
import { PROBLEM_STATUS, statusTitle } from './problem-status';
import { RefusalException } from './refusal.exception';

export const problemType = (code: string) => `urn:basis-ledger:problem:${code}`;

/** The most fields a problem lists (contract section 5): a bad request never costs more to answer than to send. */
export const MAX_LISTED_FIELDS = 100;

/** Codes for failures that are not the ledger's own refusals, by HTTP status. */
const CODE_BY_STATUS: Readonly<Record<number, ProblemCode>> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  408: 'REQUEST_TIMEOUT',
  412: 'PRECONDITION_FAILED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  416: 'RANGE_NOT_SATISFIABLE',
  429: 'RATE_LIMITED',
  431: 'HEADERS_TOO_LARGE',
};

/** Turns any failure into an RFC 9457 problem. Bodies and free text are never logged. */
export function toProblem(error: unknown, instance?: string): Problem {
  if (error instanceof RefusalException) {
    const { code, detail, fields } = error.refusal;
    return {
      ...problem(error.status ?? PROBLEM_STATUS[code], code, detail, instance, fields),
      ...error.members,
    };
  }
  if (error instanceof StoreUnavailable) {
    return problem(503, 'STORE_UNAVAILABLE', 'the event store cannot be reached', instance);
  }
  const status = error instanceof HttpException ? error.getStatus() : httpStatusOf(error);
  // Outside the ledger's own refusals, only a server of static files (the console's, the Swagger UI's) refuses
  // with 403: a path with `..` or a NUL byte. That is no role's refusal: to a caller there is no file there.
  if (status === 403) return problem(404, 'NOT_FOUND', 'there is no such file', instance);
  if (status && status < 500) {
    const detail = error instanceof Error ? error.message : statusTitle(status);
    return problem(status, CODE_BY_STATUS[status] ?? 'BAD_REQUEST', detail, instance);
  }
  return problem(500, 'INTERNAL_ERROR', 'the ledger could not answer this request', instance);
}

function problem(
  status: number,
  code: ProblemCode,
  detail: string,
  instance?: string,
  fields?: FieldError[],
): Problem {
  const body: Problem = { type: problemType(code), title: statusTitle(status), status, detail, code };
  if (instance) body.instance = instance;
  if (fields) {
    body.fields = fields.slice(0, MAX_LISTED_FIELDS);
    body.fieldCount = fields.length;
  }
  return body;
}

/** Fastify's own errors (body too large, bad media type) carry `statusCode`. */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * The wait a `503` asks for (RFC 9110, 10.2.3): what it answers passes by itself. A read side catches up in
 * milliseconds once its store answers, another replica takes a request a server shutting down refused, a lone
 * server being restarted listens again within seconds; the client's own backoff does the rest.
 */
const UNAVAILABLE_RETRY_AFTER_SECONDS = 1;

/** Sends a problem; every `503` says when to ask again, unless its refusal named its own wait. */
export function sendProblem(reply: FastifyReply, body: Problem): void {
  reply.problemCode = body.code;
  if (body.status === 503 && !reply.hasHeader('retry-after')) {
    void reply.header('retry-after', UNAVAILABLE_RETRY_AFTER_SECONDS);
  }
  void reply.status(body.status).header('content-type', 'application/problem+json').send(body);
}

/**
 * Answers a failure of `request` as a problem. An unexpected one (a 500) is logged with its stack, never the
 * body, through the request's logger, so the line carries the request's id. A path that no route has for the
 * method sent, but has for another, is answered `405` rather than `404`.
 */
export function replyWithProblem(request: FastifyRequest, reply: FastifyReply, failure: unknown): void {
  const error = (failure instanceof NotFoundException && methodNotAllowed(request, reply)) || failure;
  const body = toProblem(error, request.url.split('?')[0]);
  if (body.status >= 500 && body.code === 'INTERNAL_ERROR') {
    request.log.error(
      { context: 'Problems', stack: (error as Error | undefined)?.stack },
      `${request.method} ${request.routeOptions?.url ?? '?'} failed`,
    );
  }
  if (error instanceof StoreUnavailable) reply.storeFailed = true;
  if (error instanceof RefusalException && error.retryAfterSeconds !== undefined) {
    void reply.header('retry-after', error.retryAfterSeconds);
  }
  // A 401 must say how to authenticate (RFC 9110, 11.6.1): every key is a bearer token.
  if (body.status === 401) void reply.header('www-authenticate', 'Bearer');
  sendProblem(reply, body);
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    replyWithProblem(http.getRequest<FastifyRequest>(), http.getResponse<FastifyReply>(), error);
  }
}
