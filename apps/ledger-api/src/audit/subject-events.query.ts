import { Query } from '@nestjs/cqrs';
import { SubjectEventsAnswer } from '@ledger/wire';

/** `GET /v1/subjects/{subjectId}/events`: the stream as auditors read it, from the store. */
export class SubjectEventsQuery extends Query<SubjectEventsAnswer> {
  constructor(readonly options: { subjectId: string }) {
    super();
  }
}
