import { Query } from '@nestjs/cqrs';
import { SubjectRecipientsAnswer } from '@ledger/wire';

/** `GET /v1/subjects/{subjectId}/recipients`: to whom the subject's data went, and may go (art. 15(1)(c)). */
export class SubjectRecipientsQuery extends Query<SubjectRecipientsAnswer> {
  constructor(readonly options: { subjectId: string; minPosition?: string }) {
    super();
  }
}
