import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SubjectExport, SubjectExporter } from '@ledger/runtime';
import { SubjectExportQuery } from './subject-export.query';

/** The export the operator CLI writes too: built by the shared `SubjectExporter`. */
@QueryHandler(SubjectExportQuery)
export class SubjectExportHandler implements IQueryHandler<SubjectExportQuery, SubjectExport> {
  constructor(private readonly exporter: SubjectExporter) {}

  execute({ options }: SubjectExportQuery): Promise<SubjectExport> {
    return this.exporter.export(options.subjectId);
  }
}
