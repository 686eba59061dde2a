import { catalogue, prospectWithRights } from '../../testing/exported-subject';
import { dpvDocument } from './dpv-document';

const document = dpvDocument(prospectWithRights(), catalogue);
const records = document['dpv:hasRecordOfActivity'] as any[];
const record = (id: string) => records.find((node) => node['dct:identifier'] === id);
const rights = records.find((node) => node['@type'] === 'dpv:RightExerciseRecord')['dct:hasPart'] as any[];

describe('dpvDocument (the export in the W3C Data Privacy Vocabulary)', () => {
  it('dpvDocument_EmbedsItsContext_AndNamesTheSubjectAndTheController', () => {
    expect(document['@context']).toMatchObject({ dpv: 'https://w3id.org/dpv#' });
    expect(document).toMatchObject({
      '@type': 'dpv:RecordsOfActivities',
      'dct:created': '2026-04-01T00:00:00.000Z',
      'dpv:hasDataSubject': 'urn:basis-ledger:subject:prospect-7',
      'dct:publisher': { '@type': 'dpv:DataController', 'dpv:hasName': 'Webcasso B.V.' },
    });
  });

  it('dpvDocument_ISO27560_AConsentIsAConsentRecordWithItsNoticeEvidenceAndStatusHistory', () => {
    expect(record('b-consent')).toEqual({
      '@id': 'urn:basis-ledger:basis:b-consent',
      '@type': 'dpv:ConsentRecord',
      'dct:identifier': 'b-consent',
      'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#record',
      'dct:source': 'web form receipt R-1',
      'dpv:hasDataSubject': 'urn:basis-ledger:subject:prospect-7',
      'dpv:hasLegalBasis': ['dpv:Consent', 'eu-gdpr:A6-1-a'],
      'dpv:hasNotice': {
        '@id': 'urn:basis-ledger:notice:webcasso-2026-1',
        '@type': 'dpv:ConsentNotice',
        'dct:identifier': 'webcasso-2026-1',
        'dct:language': 'nl',
        'dct:issued': '2026-01-01T00:00:00.000Z',
      },
      'dpv:hasProcess': {
        '@type': 'dpv:Process',
        'dpv:hasPurpose': expect.objectContaining({ '@id': 'urn:basis-ledger:purpose:prospect-contact' }),
        'dpv:hasRecipient': [expect.objectContaining({ '@id': 'urn:basis-ledger:recipient:processors' })],
      },
      'dpv:hasConsentStatus': [
        {
          '@type': 'dpv:ConsentGiven',
          'dpv:isIndicatedAtTime': '2026-02-01T09:00:00.000Z',
          'dpv:isIndicatedBy': 'urn:basis-ledger:subject:prospect-7',
          'dpv:hasDuration': {
            '@type': 'dpv:UntilTimeDuration',
            'time:hasBeginning': '2026-02-01T09:00:00.000Z',
            'time:hasEnd': '2027-02-01T09:00:00.000Z',
          },
        },
        {
          '@type': 'dpv:ConsentWithdrawn',
          'dpv:isIndicatedAtTime': '2026-03-01T09:00:00.000Z',
          'dct:description': 'consent-withdrawn',
        },
      ],
    });
  });

  it('dpvDocument_AnyOtherBasisIsADataProcessingRecord_OngoingWithItsRecipients', () => {
    expect(record('b-contract')).toMatchObject({
      '@type': 'dpv:DataProcessingRecord',
      'dpv:hasLegalBasis': ['dpv:Contract', 'eu-gdpr:A6-1-b'],
      'dpv:hasStatus': [
        { '@type': 'dpv:ActivityOngoing', 'dpv:isIndicatedAtTime': '2026-01-10T09:00:00.000Z' },
      ],
    });
    expect(
      record('b-contract')['dpv:hasProcess']['dpv:hasRecipient'].map((r: any) => r['dct:identifier']),
    ).toEqual(['clients', 'processors']);
    expect(record('b-contract')['dct:conformsTo']).toBeUndefined();
  });

  it('dpvDocument_TheRightsExercised_AreActivitiesEachAfterTheStepBefore', () => {
    const steps = rights.map((activity) => [
      activity['@id'],
      activity['dpv:hasStatus'],
      activity['dpv:isAfter'],
    ]);
    expect(steps).toEqual([
      ['urn:basis-ledger:request:r-1', 'dpv:RequestInitiated', undefined],
      ['urn:basis-ledger:objection:o-1', 'dpv:RequestInitiated', undefined],
      ['urn:basis-ledger:restriction:x-1', 'dpv:ActivityOngoing', undefined],
      ['urn:basis-ledger:objection:o-1:decision', 'dpv:RequestFulfilled', 'urn:basis-ledger:objection:o-1'],
      [
        'urn:basis-ledger:restriction:x-1:lifting',
        'dpv:ActivityCompleted',
        'urn:basis-ledger:restriction:x-1',
      ],
      [
        'urn:basis-ledger:request:r-1:identity',
        'dpv:RequestRequiredActionPerformed',
        'urn:basis-ledger:request:r-1',
      ],
      [
        'urn:basis-ledger:request:r-1:completion',
        ['dpv:RequestFulfilled'],
        'urn:basis-ledger:request:r-1:identity',
      ],
    ]);
    expect(rights[0]).toMatchObject({
      'dpv:hasRight': 'eu-gdpr:A21',
      'dpv:hasDuration': { '@type': 'dpv:UntilTimeDuration', 'time:hasEnd': '2026-03-10T09:00:00.000Z' },
    });
    expect(rights[1]).toMatchObject({
      'dct:relation': 'urn:basis-ledger:request:r-1',
      'dpv:hasPurpose': [{ '@id': 'urn:basis-ledger:purpose:collection' }],
    });
  });
});
