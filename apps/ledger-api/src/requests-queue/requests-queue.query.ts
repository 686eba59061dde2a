import { Query } from '@nestjs/cqrs';
import { RequestsQueueAnswer, RequestStatus } from '@ledger/wire';

/** `GET /v1/requests?status=open|overdue`: every subject's requests not completed, earliest deadline first. */
export class RequestsQueueQuery extends Query<RequestsQueueAnswer> {
  constructor(readonly options: { status: RequestStatus; minPosition?: string }) {
    super();
  }
}
