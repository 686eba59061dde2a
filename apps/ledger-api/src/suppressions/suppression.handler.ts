import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { suppressionsOf } from '@ledger/domain';
import { SuppressionAnswer } from '@ledger/wire';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { ReadSide } from '../read-side/read-side.service';
import { SuppressionIndex } from './suppression-index';
import { SuppressionQuery } from './suppression.query';

/** The purposes every subject erased with this ref suppresses it for, by the catalogue in force. */
@QueryHandler(SuppressionQuery)
export class SuppressionHandler implements IQueryHandler<SuppressionQuery, SuppressionAnswer> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
    private readonly index: SuppressionIndex,
  ) {}

  async execute({ options: { ref, minPosition } }: SuppressionQuery): Promise<SuppressionAnswer> {
    await this.readSide.ensureAnswerable(minPosition);
    const catalogue = this.catalogues.current();
    const histories = await this.readSide.historiesOf(this.index.subjectsNaming(ref));
    const purposes = new Set<string>();
    for (const subjectId of histories.subjectIds()) {
      for (const suppression of suppressionsOf(histories.events(subjectId), catalogue)) {
        if (suppression.ref === ref) suppression.purposes.forEach((purpose) => purposes.add(purpose));
      }
    }
    return { suppressed: purposes.size > 0, purposes: [...purposes].sort() };
  }
}
