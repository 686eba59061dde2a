import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueIndex, PurposeDefinition, refuse } from '@ledger/domain';
import { Clock } from '../clock';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import {
  CheckPermissionsQuery,
  Decision,
  PermissionAnswers,
  PermissionCheck,
} from './check-permissions.query';
import { decisionFor } from './decision';

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
    await this.readSide.ensureAnswerable(query.minPosition);
    const at = query.at ?? query.asOf ?? this.clock.now();
    const position = this.readSide.position;
    const results = query.checks.map((check, index): Decision =>
      decisionFor(
        this.readSide.subject(check.subjectId).events,
        { ...check, purpose: purposes[index], at, asOf: query.asOf, explain: query.explain },
        position,
      ),
    );
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
