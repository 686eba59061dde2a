import { Query } from '@nestjs/cqrs';
import { NoticesDueAnswer } from '@ledger/wire';

/** `GET /v1/notices/due`: the subjects still owed the privacy statement, oldest first (art. 14(3)(a)). */
export class NoticesDueQuery extends Query<NoticesDueAnswer> {
  constructor(readonly options: { minPosition?: string }) {
    super();
  }
}
