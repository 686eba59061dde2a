import { ArgumentMetadata, INestApplication, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { QueryBus } from '@nestjs/cqrs';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { FastifyReply, FastifyRequest } from 'fastify';
import { ROLES_KEY } from '../auth/access.decorator';
import { AuthenticatedRequest } from '../auth/api-key.guard';
import { Gatekeeper } from '../auth/gatekeeper';
import { Role } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { routeEnhancers } from '../http/route-enhancers';
import { replyWithProblem } from '../problems/problem-details.filter';
import { LedgerValidationPipe } from '../problems/validation.pipe';
import { CheckPermissionsHandler } from './check-permissions.handler';
import { CheckPermissionsQuery } from './check-permissions.query';
import { PermissionQueryDto } from './permission-query.dto';
import { PermissionsController } from './permissions.controller';

/** The route the lane serves: the question asked most, by the systems that act on decisions. */
const ROUTE = '/v1/subjects/:subjectId/permissions/:purpose';
const QUERY: ArgumentMetadata = { type: 'query', metatype: PermissionQueryDto };

/**
 * What Nest runs around the route's handler (as `routeEnhancers` lists it), and how the lane does the same.
 * A lane that finds anything else stands down (see `registerPermissionFastLane`), and its integration spec
 * fails: docs/performance.md says how to add a guard, pipe or interceptor.
 */
export const REPRODUCED: Readonly<Record<string, string>> = {
  'global guard ApiKeyGuard': "the same gatekeeper, with the roles the controller's `Allow` names",
  'global pipe LedgerValidationPipe':
    'its `acceptAtOnce` on the query; path parameters are strings it passes as they are',
  'global filter ProblemDetailsFilter': 'failures answered by the same `replyWithProblem`',
  'parameter 0: param subjectId, pipes IdPipe': '`SubjectIdPipe.accepts`, else the controller refuses it',
  'parameter 1: param purpose': 'the path parameter',
  'parameter 2: query': 'the query, as the validation pipe accepts it',
  'parameter 3: custom actorOfRequest': 'the admitted key, also left on the request as the guard leaves it',
};

/**
 * Single permission checks, answered without Nest's per-request pipeline, whose guards, pipes and response
 * handling each take a few promises (docs/performance.md has the measured cost). The lane takes only what
 * the controller would take as it is: a valid subject id and a query its DTO's rules accept at once. It admits
 * the caller through the same gatekeeper, asks the same query (of its handler directly when nothing needs
 * waiting for), and answers failures as the same problems; the hooks around every route (security headers,
 * request log, metrics) run as before. Anything else goes on to the controller, which judges and answers it as always.
 */
export class PermissionFastLane {
  constructor(
    private readonly gatekeeper: Gatekeeper,
    private readonly validation: LedgerValidationPipe,
    private readonly checks: CheckPermissionsHandler,
    private readonly queries: QueryBus,
    private readonly roles: readonly Role[],
  ) {}

  /** Answers the request and says so, or leaves it untouched for the controller. */
  answer(request: FastifyRequest, reply: FastifyReply): boolean {
    const { subjectId, purpose } = request.params as { subjectId: string; purpose: string };
    const query = SubjectIdPipe.accepts(subjectId)
      ? (this.validation.acceptAtOnce(request.query, QUERY) as PermissionQueryDto | undefined)
      : undefined;
    if (!query) return false;
    try {
      const actor = this.gatekeeper.admit(request.headers.authorization, this.roles, reply);
      (request as AuthenticatedRequest).actor = actor;
      const check = CheckPermissionsQuery.single(actor, subjectId, purpose, query);
      const answer = this.checks.answerAtOnce(check);
      if (answer) reply.send(answer.results[0]);
      else
        this.queries.execute(check).then(
          (answers) => reply.send(answers.results[0]),
          (error: unknown) => this.refuse(request, reply, error),
        );
    } catch (error) {
      this.refuse(request, reply, error);
    }
    return true;
  }

  private refuse(request: FastifyRequest, reply: FastifyReply, error: unknown): void {
    replyWithProblem(request, reply, error);
  }
}

/**
 * What Nest runs for the route and the lane does not reproduce, or the lane reproduces and Nest no longer
 * runs: each line says what to do. Empty when the lane answers exactly as the controller would.
 */
export function laneGaps(app: INestApplication): string[] {
  const applied = routeEnhancers(app, PermissionsController, 'one');
  if (!applied) return ["Nest's global enhancers cannot be read (see routeEnhancers)"];
  const missing = applied
    .filter((line) => !(line in REPRODUCED))
    .map(
      (line) =>
        `${line}: Nest runs it for GET ${ROUTE}, the fast lane does not; reproduce it in ` +
        'PermissionFastLane and name it in REPRODUCED (docs/performance.md)',
    );
  const stale = Object.keys(REPRODUCED)
    .filter((line) => !applied.includes(line))
    .map((line) => `${line}: the fast lane reproduces it, Nest no longer runs it; take it out of both`);
  return [...missing, ...stale];
}

/**
 * Puts the lane in front of the controller's handler as Nest registers the route (at `app.init()`, when Nest
 * reads the global enhancers too), unless Nest would run something around the handler that the lane does not:
 * then the controller answers every request, and a warning says why.
 */
export function registerPermissionFastLane(app: NestFastifyApplication): void {
  const roles = app
    .get(Reflector)
    .getAllAndOverride<readonly Role[]>(ROLES_KEY, [
      PermissionsController.prototype.one,
      PermissionsController,
    ]);
  const lane = new PermissionFastLane(
    app.get(Gatekeeper),
    new LedgerValidationPipe(),
    app.get(CheckPermissionsHandler),
    app.get(QueryBus),
    roles ?? [],
  );
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      if (route.url !== ROUTE || route.method !== 'GET') return;
      const gaps = laneGaps(app);
      if (gaps.length > 0) {
        new Logger('PermissionFastLane').warn(`not serving GET ${ROUTE}:\n${gaps.join('\n')}`);
        return;
      }
      const controller = route.handler;
      route.handler = function (request, reply) {
        return lane.answer(request, reply) ? undefined : controller.call(this, request, reply);
      };
    });
}
