import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueIndex, PurposeCatalogue } from '@ledger/domain';
import { PurposeCatalogueQuery } from './purpose-catalogue.query';

@QueryHandler(PurposeCatalogueQuery)
export class PurposeCatalogueHandler implements IQueryHandler<PurposeCatalogueQuery, PurposeCatalogue> {
  constructor(private readonly catalogue: CatalogueIndex) {}

  async execute(): Promise<PurposeCatalogue> {
    return this.catalogue.catalogue;
  }
}
