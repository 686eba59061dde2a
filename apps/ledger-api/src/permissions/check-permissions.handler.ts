import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueIndex, decide, PurposeDefinition, refuse } from '@ledger/domain';
import { Clock } from '../clock';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import {
  CheckPermissionsQuery,
  Decision,
  PermissionAnswers,
  PermissionCheck,
} from './check-permissions.query';

/** How long `minPosition` may hold an answer back (contract section 5). */
export const MIN_POSITION_TIMEOUT_MS = 5000;

/** Every permission answer, live or in the past, is `decide` over the read side's history of the subject. */
@QueryHandler(CheckPermissionsQuery)
export class CheckPermissionsHandler implements IQueryHandler<CheckPermissionsQuery, PermissionAnswers> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogue: CatalogueIndex,
    private readonly clock: Clock,
  ) {}

  async execute(query: CheckPermissionsQuery): Promise<PermissionAnswers> {
    const purposes = query.checks.map((check, index) => this.purposeOf(check, index, query));
    await this.awaitReadSide(query.minPosition);
    const at = query.at ?? query.asOf ?? this.clock.now();
    const position = this.readSide.position;
    const results = query.checks.map((check, index): Decision => {
      const history = this.readSide.subject(check.subjectId).events;
      const verdict = decide(history, purposes[index], at, {
        asOf: query.asOf,
        categories: check.categories,
      });
      // Spelled out rather than spread: a thousand of these per batch.
      const { purpose, permitted, reasons, basis } = verdict;
      return { subjectId: check.subjectId, purpose, permitted, reasons, basis, at: verdict.at, position };
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

  /** Never answers from a read side that lost the store or has not applied what the caller wrote. */
  private async awaitReadSide(minPosition: string | undefined): Promise<void> {
    if (minPosition !== undefined && !(await this.readSide.waitFor(minPosition, MIN_POSITION_TIMEOUT_MS))) {
      throw new RefusalException(
        refuse('NOT_CAUGHT_UP', `the read side has not reached position ${minPosition} within 5 seconds`),
      );
    }
    if (!this.readSide.healthy) {
      throw new RefusalException(refuse('STORE_UNAVAILABLE', 'the read side has lost the event store'));
    }
    if (!this.readSide.ready) {
      throw new RefusalException(
        refuse('NOT_CAUGHT_UP', 'the read side is still catching up with the store'),
      );
    }
  }
}
