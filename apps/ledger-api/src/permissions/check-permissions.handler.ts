import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CheckBatchAnswer, Decision } from '@ledger/wire';
import { Clock, decisionFor } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { DecisionLog } from '../decision-log/decision-log';
import { ReadSide } from '../read-side/read-side.service';
import { CheckPermissionsOptions, CheckPermissionsQuery } from './check-permissions.query';
import { CatalogueCheck, checksInCatalogue } from './checks-in-catalogue';

/**
 * Every permission answer, live or in the past, is `decide` over the read side's history of the subject.
 * Each answer gets its own `decisionId` and goes to the decision log.
 */
@QueryHandler(CheckPermissionsQuery)
export class CheckPermissionsHandler implements IQueryHandler<CheckPermissionsQuery, CheckBatchAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    private readonly clock: Clock,
    private readonly decisionLog: DecisionLog,
  ) {}

  async execute({ options }: CheckPermissionsQuery): Promise<CheckBatchAnswer> {
    const catalogue = this.catalogues.at(options.asOf);
    const checks = checksInCatalogue(options.questions, catalogue);
    await this.readSide.ensureAnswerable(options.minPosition);
    const now = this.clock.now();
    const answer = this.answer(options, checks, now);
    const logged = { asOf: options.asOf, catalogueVersion: catalogue.version };
    await this.decisionLog.record(options.actor, now, answer.results, logged);
    return answer;
  }

  /**
   * The answer without waiting, when there is nothing to wait for: no `minPosition` to reach, no decision log
   * to write. Otherwise `undefined`, for `execute` to answer. Refuses as `execute` does, by throwing. The
   * single-check lane asks here first: a check answered at once spares a busy server the promises it would
   * take through the query bus (and the garbage they leave).
   */
  answerAtOnce({ options }: CheckPermissionsQuery): CheckBatchAnswer | undefined {
    if (options.minPosition !== undefined || this.decisionLog.writing) return undefined;
    const checks = checksInCatalogue(options.questions, this.catalogues.at(options.asOf));
    this.readSide.assertServing();
    return this.answer(options, checks, this.clock.now());
  }

  private answer(
    options: CheckPermissionsOptions,
    checks: readonly CatalogueCheck[],
    now: string,
  ): CheckBatchAnswer {
    const { asOf, explain } = options;
    const at = options.at ?? asOf ?? now;
    const position = this.readSide.position;
    const results = checks.map((check): Decision => {
      const { subjectId, purpose, categories } = check;
      const request = { subjectId, categories, purpose, at, asOf, explain };
      const decision = decisionFor(this.readSide.subject(subjectId).events, request, position) as Decision;
      // Each answer gets its own id, which the decision log records.
      decision.decisionId = randomUUID();
      return decision;
    });
    return { position, results };
  }
}
