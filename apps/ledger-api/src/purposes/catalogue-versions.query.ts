import { Query } from '@nestjs/cqrs';
import { CatalogueVersionsAnswer } from '@ledger/wire';

/** `GET /v1/catalogue/versions`: every catalogue the log adopted, oldest first. */
export class CatalogueVersionsQuery extends Query<CatalogueVersionsAnswer> {}
