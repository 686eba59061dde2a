import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PurposeDefinition, refuse } from '@ledger/domain';
import { Clock, explainedHistory, SubjectEvents } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { RefusalException } from '../problems/refusal.exception';
import { DecisionHistoryAnswer } from '@ledger/wire';
import { DecisionHistoryQuery } from './decision-history.query';

/**
 * Replays `decide` over the subject's stream as the store holds it now (not the read side: an auditor's
 * answer must not depend on how far a replica has caught up).
 */
@QueryHandler(DecisionHistoryQuery)
export class DecisionHistoryHandler implements IQueryHandler<DecisionHistoryQuery, DecisionHistoryAnswer> {
  constructor(
    private readonly subjectEvents: SubjectEvents,
    private readonly catalogues: CatalogueInForce,
    private readonly clock: Clock,
  ) {}

  async execute({ options }: DecisionHistoryQuery): Promise<DecisionHistoryAnswer> {
    const { subjectId, from, asOf, explain: language } = options;
    const purpose = this.purposeOf(options.purpose, asOf);
    const to = options.to ?? asOf ?? this.clock.now();
    if (from !== undefined && from > to) {
      const message = 'from must not be later than to';
      throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: 'from', message }]));
    }
    const history = await this.subjectEvents.history(subjectId);
    const changes = explainedHistory(history, purpose, { from, to, asOf }, language);
    return {
      subjectId,
      purpose: purpose.id,
      from: from ?? null,
      to,
      asOf: asOf ?? null,
      changes,
    };
  }

  /** The purpose in the catalogue in force at `asOf` (a purpose retired since is still known then). */
  private purposeOf(id: string, asOf: string | undefined): PurposeDefinition {
    const purpose = this.catalogues.at(asOf).purpose(id);
    if (purpose) return purpose;
    const message = `unknown purpose "${id}"`;
    throw new RefusalException(refuse('UNKNOWN_PURPOSE', message, [{ field: 'purpose', message }]));
  }
}
