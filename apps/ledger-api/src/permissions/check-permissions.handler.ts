import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueIndex, PurposeDefinition, refuse } from '@ledger/domain';
import { CheckBatchAnswer, Decision, PermissionCheck } from '@ledger/contracts';
import { DecisionLog } from '../decision-log/decision-log';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import { CheckPermissionsQuery } from './check-permissions.query';
import { Clock, decisionFor } from '@ledger/runtime';

/**
 * Every permission answer, live or in the past, is `decide` over the read side's history of the subject.
 * Each answer gets its own `decisionId` and goes to the decision log.
 */
@QueryHandler(CheckPermissionsQuery)
export class CheckPermissionsHandler implements IQueryHandler<CheckPermissionsQuery, CheckBatchAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogue: CatalogueIndex,
    private readonly clock: Clock,
    private readonly decisionLog: DecisionLog,
  ) {}

  async execute(query: CheckPermissionsQuery): Promise<CheckBatchAnswer> {
    const purposes = query.checks.map((check, index) => this.purposeOf(check, index, query));
    await this.readSide.ensureAnswerable(query.minPosition);
    const now = this.clock.now();
    const answer = this.answer(query, purposes, now);
    await this.decisionLog.record(query.actor, now, answer.results, query.asOf);
    return answer;
  }

  /**
   * The answer without waiting, when there is nothing to wait for: no `minPosition` to reach, no decision log
   * to write. Otherwise `undefined`, for `execute` to answer. Refuses as `execute` does, by throwing. The
   * single-check lane asks here first: a check answered at once spares a busy server the promises it would
   * take through the query bus (and the garbage they leave).
   */
  answerAtOnce(query: CheckPermissionsQuery): CheckBatchAnswer | undefined {
    if (query.minPosition !== undefined || this.decisionLog.writing) return undefined;
    const purposes = query.checks.map((check, index) => this.purposeOf(check, index, query));
    this.readSide.assertServing();
    return this.answer(query, purposes, this.clock.now());
  }

  private answer(
    query: CheckPermissionsQuery,
    purposes: readonly PurposeDefinition[],
    now: string,
  ): CheckBatchAnswer {
    const at = query.at ?? query.asOf ?? now;
    const position = this.readSide.position;
    const { asOf, explain } = query;
    const results = query.checks.map((check, index): Decision => {
      const { subjectId, categories } = check;
      const request = { subjectId, categories, purpose: purposes[index], at, asOf, explain };
      const decision = decisionFor(this.readSide.subject(subjectId).events, request, position) as Decision;
      // Each answer gets its own id, which the decision log records.
      decision.decisionId = randomUUID();
      return decision;
    });
    return { position, results };
  }

  /** The catalogue entry of a check, refusing ids the catalogue does not know. */
  private purposeOf(check: PermissionCheck, index: number, query: CheckPermissionsQuery): PurposeDefinition {
    const prefix = query.purposeInPath ? '' : `checks[${index}].`;
    const purpose = this.catalogue.purpose(check.purpose);
    if (!purpose) {
      const message = `unknown purpose "${check.purpose}"`;
      const refusal = refuse('UNKNOWN_PURPOSE', message, [{ field: `${prefix}purpose`, message }]);
      throw new RefusalException(refusal, query.purposeInPath ? 404 : undefined);
    }
    const unknown = (check.categories ?? []).find((category) => !purpose.dataCategories.includes(category));
    if (unknown !== undefined) {
      const message = `the purpose ${purpose.id} uses no data category "${unknown}"`;
      throw new RefusalException(
        refuse('UNKNOWN_CATEGORY', message, [{ field: `${prefix}categories`, message }]),
      );
    }
    return purpose;
  }
}
