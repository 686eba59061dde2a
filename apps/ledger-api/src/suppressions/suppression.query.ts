import { Query } from '@nestjs/cqrs';
import { SuppressionAnswer } from '@ledger/wire';

/** `GET /v1/suppressions/{ref}`: whether a contact identifier is suppressed, and for which purposes. */
export class SuppressionQuery extends Query<SuppressionAnswer> {
  constructor(readonly options: { ref: string; minPosition?: string }) {
    super();
  }
}
