import { randomUUID } from 'node:crypto';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { HistoryEvent, VerdictMemo } from '@ledger/domain';
import { CheckBatchAnswer, Decision } from '@ledger/wire';
import { Clock, decisionFor } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { DecisionLog } from '../decision-log/decision-log';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { ReadSide } from '../read-side/read-side.service';
import { CheckPermissionsOptions, CheckPermissionsQuery } from './check-permissions.query';
import { CatalogueCheck, checksInCatalogue } from './checks-in-catalogue';
import { mapInSlices } from './in-slices';

/**
 * How long deciding may hold the event loop before the requests that arrived meanwhile get their turn: a
 * thousand checks over long histories, explained, take hundreds of milliseconds, which single checks must not
 * wait for.
 */
const SLICE_MS = 5;

/**
 * Every permission answer, live or in the past, is `decide` over the read side's history of the subject (through
 * a `VerdictMemo`, which answers as `decide` does). Each answer gets its own `decisionId` and goes to the decision
 * log. Every answer is decided from one state of the read side, the one at its `position`, also while a long one
 * gives other requests their turns.
 */
@QueryHandler(CheckPermissionsQuery)
export class CheckPermissionsHandler implements IQueryHandler<CheckPermissionsQuery, CheckBatchAnswer> {
  private readonly verdicts = new VerdictMemo();

  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    private readonly clock: Clock,
    private readonly decisionLog: DecisionLog,
    private readonly metrics: LedgerMetrics,
  ) {}

  async execute({ options }: CheckPermissionsQuery): Promise<CheckBatchAnswer> {
    const catalogue = this.catalogues.at(options.asOf);
    const checks = checksInCatalogue(options.questions, catalogue);
    await this.readSide.ensureAnswerable(options.minPosition);
    const now = this.clock.now();
    const histories = await this.readSide.historiesOf(checks.map((check) => check.subjectId));
    const { position } = histories;
    const decide = this.decider(options, now, position, (subjectId) => histories.events(subjectId));
    const answer = { position, results: await mapInSlices(checks, decide, { sliceMs: SLICE_MS }) };
    const logged = { asOf: options.asOf, catalogueVersion: catalogue.version };
    await this.decisionLog.record(options.actor, now, answer.results, logged);
    return answer;
  }

  /**
   * The answer without waiting, when there is nothing to wait for: no `minPosition` to reach, no decision log
   * to write. Otherwise `undefined`, for `execute` to answer. Refuses as `execute` does, by throwing. The
   * single-check lane asks here first: a check answered at once spares a busy server the promises it would
   * take through the query bus (and the garbage they leave). A question about one subject not in memory reads
   * its stream at once when the store can (SQLite: tens of µs); a batch's subjects not in memory, or a store
   * that takes a wait, leave the answer to `execute`, which gives other requests their turns meanwhile.
   */
  answerAtOnce({ options }: CheckPermissionsQuery): CheckBatchAnswer | undefined {
    if (options.minPosition !== undefined || this.decisionLog.writing) return undefined;
    const checks = checksInCatalogue(options.questions, this.catalogues.at(options.asOf));
    this.readSide.assertServing();
    const subjectIds = checks.map((check) => check.subjectId);
    const readStore = subjectIds.every((subjectId) => subjectId === subjectIds[0]);
    const histories = this.readSide.historiesNow(subjectIds, readStore);
    if (!histories) return undefined;
    const { position } = this.readSide;
    const decide = this.decider(options, this.clock.now(), position, (subjectId) =>
      histories.get(subjectId)!,
    );
    return { position, results: checks.map(decide) };
  }

  /** Decides each check of `options` at `position`, over the histories `historyOf` gives. */
  private decider(
    options: CheckPermissionsOptions,
    now: string,
    position: string,
    historyOf: (subjectId: string) => readonly HistoryEvent[],
  ): (check: CatalogueCheck) => Decision {
    const { asOf, explain } = options;
    const at = options.at ?? asOf ?? now;
    return (check: CatalogueCheck): Decision => {
      const { subjectId, purpose, categories } = check;
      const request = { subjectId, categories, purpose, at, asOf, explain };
      const decision = decisionFor(historyOf(subjectId), request, position, this.verdicts.decide) as Decision;
      // Each answer gets its own id, which the decision log records.
      decision.decisionId = randomUUID();
      this.metrics.decided(purpose.id, decision.permitted);
      return decision;
    };
  }
}
