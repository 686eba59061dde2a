import { Query } from '@nestjs/cqrs';
import { DpvDocument, SubjectExport } from '@ledger/runtime';
import { ExportFormat } from './export-query.dto';

/** `GET /v1/subjects/{subjectId}/export`: everything the ledger holds on the subject (arts. 15 and 20). */
export class SubjectExportQuery extends Query<SubjectExport | DpvDocument> {
  constructor(readonly options: { subjectId: string; format: ExportFormat }) {
    super();
  }
}
