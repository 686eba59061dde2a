import { Query } from '@nestjs/cqrs';
import { ObjectionsQueueAnswer } from '@ledger/wire';

/** `GET /v1/objections?status=pending`: one page of the undecided objections, oldest first. */
export class PendingObjectionsQuery extends Query<ObjectionsQueueAnswer> {
  constructor(readonly options: { minPosition?: string; limit: number; after?: string }) {
    super();
  }
}
