import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CatalogueVersionsAnswer } from '@ledger/wire';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { CatalogueVersionsQuery } from './catalogue-versions.query';

@QueryHandler(CatalogueVersionsQuery)
export class CatalogueVersionsHandler implements IQueryHandler<
  CatalogueVersionsQuery,
  CatalogueVersionsAnswer
> {
  constructor(private readonly catalogues: CatalogueInForce) {}

  async execute(): Promise<CatalogueVersionsAnswer> {
    const versions = this.catalogues.versions.map(({ version, adoptedAt, position, actor }) => ({
      version,
      adoptedAt,
      position,
      actor,
    }));
    return { versions };
  }
}
