import { CatalogueIndex } from '@ledger/domain';
import { SubjectExport } from '@ledger/wire';
import { SubjectEvents } from '../audit/subject-events';
import { Clock } from '../clock';
import { streamDecisions } from '../decision/stream-decisions';
import { dpvDocument, DpvDocument } from './dpv/dpv-document';
import { exportedPurpose, READABILITY, subjectRecord } from './subject-record';

export type { SubjectExport } from '@ledger/wire';

/**
 * Builds the export from the store, for the API and the operator CLI alike: everything the ledger holds on one
 * subject (arts. 15 and 20), as JSON, or as JSON-LD in the W3C Data Privacy Vocabulary.
 */
export class SubjectExporter {
  constructor(
    private readonly subjectEvents: SubjectEvents,
    /** The catalogue in force when the export is made. */
    private readonly catalogue: () => CatalogueIndex,
    private readonly clock: Clock,
  ) {}

  async export(subjectId: string): Promise<SubjectExport> {
    return (await this.build(subjectId)).document;
  }

  /** The same record as one DPV record per basis, and the rights exercised (contract section 7). */
  async exportDpv(subjectId: string): Promise<DpvDocument> {
    const { document, catalogue } = await this.build(subjectId);
    return dpvDocument(document, catalogue);
  }

  private async build(subjectId: string): Promise<{ document: SubjectExport; catalogue: CatalogueIndex }> {
    const { stored, events } = await this.subjectEvents.read(subjectId);
    const exportedAt = this.clock.now();
    const catalogue = this.catalogue();
    const document: SubjectExport = {
      subjectId,
      exportedAt,
      catalogueVersion: catalogue.version,
      revision: stored[stored.length - 1]?.revision ?? null,
      events,
      decisions: streamDecisions(subjectId, stored, catalogue.purposes, { at: exportedAt }),
      purposes: catalogue.purposes.map(exportedPurpose),
      ...subjectRecord(subjectId, events, catalogue, exportedAt),
      readability: READABILITY,
    };
    return { document, catalogue };
  }
}
