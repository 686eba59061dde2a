import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { ReadSide } from '../read-side/read-side.service';
import { Readiness, ReadinessQuery } from './readiness.query';

/** Ready once the read side has caught up with the store and a catalogue in force is adopted and applied. */
@QueryHandler(ReadinessQuery)
export class ReadinessHandler implements IQueryHandler<ReadinessQuery, Readiness> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly catalogues: CatalogueInForce,
  ) {}

  async execute(): Promise<Readiness> {
    return { ready: this.readSide.ready && this.catalogues.adopted, position: this.readSide.position };
  }
}
