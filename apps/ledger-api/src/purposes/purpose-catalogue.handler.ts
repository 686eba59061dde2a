import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { PurposeCatalogue } from '@ledger/domain';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { PurposeCatalogueQuery } from './purpose-catalogue.query';

@QueryHandler(PurposeCatalogueQuery)
export class PurposeCatalogueHandler implements IQueryHandler<PurposeCatalogueQuery, PurposeCatalogue> {
  constructor(private readonly catalogues: CatalogueInForce) {}

  async execute({ asOf }: PurposeCatalogueQuery): Promise<PurposeCatalogue> {
    return this.catalogues.at(asOf).catalogue;
  }
}
