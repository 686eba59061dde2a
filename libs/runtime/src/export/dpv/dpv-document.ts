import { CatalogueIndex } from '@ledger/domain';
import { SubjectExport } from '@ledger/wire';
import { basisRecords } from './basis-records';
import { controllerNode } from './catalogue-nodes';
import { DPV_CONTEXT, JsonLdNode, ledgerIri } from './dpv-context';
import { rightExercises } from './right-exercises';

/** The DPV export: one JSON-LD document, its context embedded. */
export type DpvDocument = JsonLdNode & { '@context': typeof DPV_CONTEXT };

/**
 * The subject's export in the W3C Data Privacy Vocabulary: the records of its activities, one per basis
 * (`basisRecords`), and a `dpv:RightExerciseRecord` of the rights it exercised (`rightExercises`), made by the
 * controller the catalogue names, at `exportedAt`. The JSON export stays the complete one: this one carries
 * what DPV has terms for. See docs/dpv-export.md.
 */
export function dpvDocument(
  document: Pick<SubjectExport, 'subjectId' | 'exportedAt' | 'events' | 'requests'>,
  catalogue: CatalogueIndex,
): DpvDocument {
  const { subjectId, exportedAt, events, requests } = document;
  const subject = ledgerIri('subject', subjectId);
  const controller = controllerNode(catalogue);
  const rights = rightExercises(subjectId, events, requests);
  return {
    '@context': DPV_CONTEXT,
    '@id': `${subject}:export:${exportedAt}`,
    '@type': 'dpv:RecordsOfActivities',
    'dct:created': exportedAt,
    ...(controller && { 'dct:publisher': controller }),
    'dpv:hasDataSubject': subject,
    'dpv:hasRecordOfActivity': [
      ...basisRecords(subjectId, events, catalogue, exportedAt),
      ...(rights.length > 0
        ? [
            {
              '@id': `${subject}:rights`,
              '@type': 'dpv:RightExerciseRecord',
              'dpv:hasDataSubject': subject,
              'dct:hasPart': rights,
            },
          ]
        : []),
    ],
  };
}
