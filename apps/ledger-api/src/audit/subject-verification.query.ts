import { Query } from '@nestjs/cqrs';
import { VerificationAnswer } from '@ledger/wire';

/** `GET /v1/subjects/{subjectId}/verification`: the subject's hash chain recomputed from the store. */
export class SubjectVerificationQuery extends Query<VerificationAnswer> {
  constructor(readonly options: { subjectId: string }) {
    super();
  }
}
