import { Query } from '@nestjs/cqrs';
import { ObjectionsQueueAnswer } from '@ledger/wire';

/** `GET /v1/objections?status=pending`: every undecided objection, oldest first. */
export class PendingObjectionsQuery extends Query<ObjectionsQueueAnswer> {
  constructor(readonly options: { minPosition?: string }) {
    super();
  }
}
