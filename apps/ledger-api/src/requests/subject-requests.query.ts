import { Query } from '@nestjs/cqrs';
import { SubjectRequestsAnswer } from '@ledger/wire';

/** `GET /v1/subjects/{subjectId}/requests`: the subject's register of requests, oldest first. */
export class SubjectRequestsQuery extends Query<SubjectRequestsAnswer> {
  constructor(readonly options: { subjectId: string; minPosition?: string }) {
    super();
  }
}
