import { Query } from '@nestjs/cqrs';
import { SubjectExport } from '@ledger/runtime';

/** `GET /v1/subjects/{subjectId}/export`: everything the ledger holds on the subject (arts. 15 and 20). */
export class SubjectExportQuery extends Query<SubjectExport> {
  constructor(readonly options: { subjectId: string }) {
    super();
  }
}
