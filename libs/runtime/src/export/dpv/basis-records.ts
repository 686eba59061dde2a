import { CatalogueIndex, RecordedEvent, WithdrawalReason } from '@ledger/domain';
import { DPV_27560_RECORD, JsonLdNode, LEGAL_BASIS, ledgerIri } from './dpv-context';
import { purposeNode, recipientNode } from './catalogue-nodes';

type Established = Extract<RecordedEvent, { type: 'BasisEstablished' }>;

/** One moment of a basis's life: what it became, and when. */
interface BasisStatus {
  became: 'established' | 'withdrawn' | 'expired';
  at: string;
  reason?: WithdrawalReason;
}

/**
 * One record per basis, identified by its basisId (DPV's mapping of ISO/IEC TS 27560): a consent as
 * `dpv:ConsentRecord` with its consent statuses, any other basis as `dpv:DataProcessingRecord` with activity
 * statuses; each with its purpose, recipients, retention, legal basis, notice and evidence reference.
 */
export function basisRecords(
  subjectId: string,
  events: readonly RecordedEvent[],
  catalogue: CatalogueIndex,
  at: string,
): JsonLdNode[] {
  const established = events.filter((event): event is Established => event.type === 'BasisEstablished');
  return established.map((basis) => {
    const { basisId, purpose, legalBasis, evidence, noticeVersion } = basis.data;
    const consent = legalBasis === 'consent';
    const definition = catalogue.purpose(purpose);
    const notice = noticeVersion === undefined ? undefined : catalogue.notice(noticeVersion);
    const record: JsonLdNode = {
      '@id': ledgerIri('basis', basisId),
      '@type': consent ? 'dpv:ConsentRecord' : 'dpv:DataProcessingRecord',
      'dct:identifier': basisId,
      'dpv:hasDataSubject': ledgerIri('subject', subjectId),
      'dpv:hasLegalBasis': LEGAL_BASIS[legalBasis],
      'dpv:hasProcess': {
        '@type': 'dpv:Process',
        'dpv:hasPurpose': purposeNode(purpose, definition),
        'dpv:hasRecipient': (definition?.recipients ?? []).map((id) => recipientNode(id, catalogue)),
        ...(definition?.maxDuration && {
          'dpv:hasStorageCondition': {
            '@type': 'dpv:StorageDuration',
            'dpv:hasDuration': {
              '@type': 'dpv:TemporalDuration',
              'rdf:value': { '@value': definition.maxDuration, '@type': 'xsd:duration' },
            },
          },
        }),
      },
      [consent ? 'dpv:hasConsentStatus' : 'dpv:hasStatus']: statusesOf(basis, events, at).map((status) =>
        statusNode(status, basis, subjectId),
      ),
    };
    if (consent) record['dct:conformsTo'] = DPV_27560_RECORD;
    if (typeof evidence === 'string') record['dct:source'] = evidence;
    if (noticeVersion !== undefined) {
      record['dpv:hasNotice'] = {
        '@id': ledgerIri('notice', noticeVersion),
        '@type': consent ? 'dpv:ConsentNotice' : 'dpv:PrivacyNotice',
        'dct:identifier': noticeVersion,
        ...(notice && { 'dct:language': notice.language, 'dct:issued': notice.publishedAt }),
      };
    }
    return record;
  });
}

/** Established, then withdrawn or expired (by `at`), in the order they happened. */
function statusesOf(basis: Established, events: readonly RecordedEvent[], at: string): BasisStatus[] {
  const statuses: BasisStatus[] = [{ became: 'established', at: basis.occurredAt }];
  const withdrawal = events.find(
    (event) => event.type === 'BasisWithdrawn' && event.data.basisId === basis.data.basisId,
  );
  if (withdrawal?.type === 'BasisWithdrawn') {
    statuses.push({ became: 'withdrawn', at: withdrawal.occurredAt, reason: withdrawal.data.reason });
  }
  const { validUntil } = basis.data;
  if (validUntil !== undefined && validUntil <= at && !(withdrawal && withdrawal.occurredAt <= validUntil)) {
    statuses.push({ became: 'expired', at: validUntil });
  }
  return statuses.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * A consent is given by the person, withdrawn by them (`consent-withdrawn`) or otherwise revoked, and expires;
 * any other basis is an activity ongoing, halted, or completed when its period ends.
 */
function statusNode(status: BasisStatus, basis: Established, subjectId: string): JsonLdNode {
  const consent = basis.data.legalBasis === 'consent';
  const node: JsonLdNode = { '@type': statusType(status, consent), 'dpv:isIndicatedAtTime': status.at };
  if (status.became === 'established') {
    const { validFrom, validUntil } = basis.data;
    node['dpv:hasDuration'] = {
      '@type': validUntil === undefined ? 'dpv:IndeterminateDuration' : 'dpv:UntilTimeDuration',
      'time:hasBeginning': validFrom,
      ...(validUntil !== undefined && { 'time:hasEnd': validUntil }),
    };
    if (consent) node['dpv:isIndicatedBy'] = ledgerIri('subject', subjectId);
  }
  if (status.reason !== undefined) node['dct:description'] = status.reason;
  return node;
}

function statusType(status: BasisStatus, consent: boolean): string {
  if (status.became === 'established') return consent ? 'dpv:ConsentGiven' : 'dpv:ActivityOngoing';
  if (status.became === 'expired') return consent ? 'dpv:ConsentExpired' : 'dpv:ActivityCompleted';
  if (!consent) return 'dpv:ActivityHalted';
  return status.reason === 'consent-withdrawn' ? 'dpv:ConsentWithdrawn' : 'dpv:ConsentRevoked';
}
