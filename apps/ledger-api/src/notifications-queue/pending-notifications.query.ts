import { Query } from '@nestjs/cqrs';
import { PendingNotificationsAnswer } from '@ledger/wire';

/** `GET /v1/notifications?status=pending`: the art. 19 notifications still owed, oldest first. */
export class PendingNotificationsQuery extends Query<PendingNotificationsAnswer> {
  constructor(readonly options: { minPosition?: string }) {
    super();
  }
}
