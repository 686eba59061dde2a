import { Query } from '@nestjs/cqrs';
import { PurposeCatalogue } from '@ledger/domain';

/** `GET /v1/purposes`: the catalogue in force. */
export class PurposeCatalogueQuery extends Query<PurposeCatalogue> {}
