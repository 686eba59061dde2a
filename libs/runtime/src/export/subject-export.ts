import { CatalogueIndex, PurposeDefinition, RecordedEvent } from '@ledger/domain';
import { SubjectEvents } from '../audit/subject-events';
import { Clock } from '../clock';
import { DecisionContent } from '../decision/decision';
import { streamDecisions } from '../decision/stream-decisions';

/**
 * Everything the ledger holds on one subject, for access (GDPR art. 15) and portability (art. 20): the events
 * as `GET .../events` gives them (personal fields `null` once erased), the decision on every purpose now, and
 * the catalogue entries those decisions are about.
 */
export interface SubjectExport {
  subjectId: string;
  exportedAt: string;
  catalogueVersion: string;
  /** The revision of the subject's last event; `null` for a subject the ledger has never heard of. */
  revision: number | null;
  events: RecordedEvent[];
  /** At `exportedAt`, from the events above; `position` is that of the subject's last event ("0" for none). */
  decisions: DecisionContent[];
  purposes: PurposeDefinition[];
}

/** Builds the export from the store, for the API and the operator CLI alike. */
export class SubjectExporter {
  constructor(
    private readonly subjectEvents: SubjectEvents,
    /** The catalogue in force when the export is made. */
    private readonly catalogue: () => CatalogueIndex,
    private readonly clock: Clock,
  ) {}

  async export(subjectId: string): Promise<SubjectExport> {
    const { stored, events } = await this.subjectEvents.read(subjectId);
    const exportedAt = this.clock.now();
    const catalogue = this.catalogue();
    return {
      subjectId,
      exportedAt,
      catalogueVersion: catalogue.version,
      revision: stored[stored.length - 1]?.revision ?? null,
      events,
      decisions: streamDecisions(subjectId, stored, catalogue.purposes, { at: exportedAt }),
      purposes: [...catalogue.purposes],
    };
  }
}
