import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DpvDocument, SubjectExport, SubjectExporter } from '@ledger/runtime';
import { SubjectExportQuery } from './subject-export.query';

/** The export the operator CLI writes too: built by the shared `SubjectExporter`. */
@QueryHandler(SubjectExportQuery)
export class SubjectExportHandler implements IQueryHandler<SubjectExportQuery, SubjectExport | DpvDocument> {
  constructor(private readonly exporter: SubjectExporter) {}

  execute({ options: { subjectId, format } }: SubjectExportQuery): Promise<SubjectExport | DpvDocument> {
    return format === 'dpv' ? this.exporter.exportDpv(subjectId) : this.exporter.export(subjectId);
  }
}
