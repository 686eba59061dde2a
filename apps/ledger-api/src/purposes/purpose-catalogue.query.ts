import { Query } from '@nestjs/cqrs';
import { PurposeCatalogue } from '@ledger/domain';

/** `GET /v1/purposes`: the catalogue in force, or the one in force at `asOf`. */
export class PurposeCatalogueQuery extends Query<PurposeCatalogue> {
  constructor(readonly asOf?: string) {
    super();
  }
}
