import { randomBytes } from 'node:crypto';
import {
  CatalogueIndex,
  defaultCatalogue,
  initialSubjectState,
  LedgerEventBody,
  sealingScope,
} from '@ledger/domain';
import { EventToAppend, InMemoryEventStore } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { SubjectEvents } from '../audit/subject-events';
import { PersonalDataCodec } from '../crypto/personal-data-codec';
import { SubjectExporter } from './subject-export';

const EXPORTED_AT = '2026-12-01T00:00:00.000Z';
const catalogue = new CatalogueIndex(defaultCatalogue());

describe('SubjectExporter', () => {
  let store: InMemoryEventStore;
  let codec: PersonalDataCodec;
  let exporter: SubjectExporter;
  let head: EventToAppend | null;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    codec = new PersonalDataCodec(store, randomBytes(32));
    exporter = new SubjectExporter(new SubjectEvents(store, codec), () => catalogue, {
      now: () => EXPORTED_AT,
    });
    head = null;
  });
  afterEach(() => store.close());

  /** Appends `body` to debtor-1 (never erased here) at `occurredAt`, sealed as the ledger seals it. */
  async function append(body: LedgerEventBody, occurredAt = EXPORTED_AT) {
    const data = await codec.seal('debtor-1', body, sealingScope(body, initialSubjectState()));
    if (!data) throw new Error('no live key');
    const event = testEvent('debtor-1', head, { type: body.type, data, occurredAt, recordedAt: occurredAt });
    head = event;
    return store.append(event, { expectedRevision: event.revision - 1 });
  }

  it('export_HoldsTheEventsReadable_TheDecisionOnEveryPurposeNow_AndTheCatalogue', async () => {
    const { position } = await append({
      type: 'BasisEstablished',
      data: {
        basisId: 'b-1',
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 42',
        validFrom: EXPORTED_AT,
      },
    });
    const document = await exporter.export('debtor-1');
    expect(document).toMatchObject({
      subjectId: 'debtor-1',
      exportedAt: EXPORTED_AT,
      catalogueVersion: catalogue.catalogue.version,
      revision: 0,
      events: [{ data: { evidence: 'claim 42' } }],
    });
    expect(document.decisions).toHaveLength(catalogue.purposes.length);
    expect(document.decisions.find((decision) => decision.purpose === 'collection')).toMatchObject({
      permitted: true,
      at: EXPORTED_AT,
      position,
    });
  });

  it('export_Art15_NamesEachPurposesRecipientsRetentionExemptionProfilingAndConsentOnlyData', async () => {
    const { purposes } = await exporter.export('debtor-1');
    const fields = (id: string) => {
      const { recipients, maxDuration, erasureExemption, profiling, consentRequiredFor } = purposes.find(
        (purpose) => purpose.id === id,
      )!;
      return { recipients, maxDuration, erasureExemption, profiling, consentRequiredFor };
    };
    expect(fields('fiscal-retention')).toEqual({
      recipients: ['processors'],
      maxDuration: 'P7Y',
      erasureExemption: 'legal-obligation',
      profiling: false,
      consentRequiredFor: [],
    });
    expect(fields('prospect-contact')).toMatchObject({
      maxDuration: null,
      consentRequiredFor: ['email', 'phone'],
    });
  });

  it('export_ListsRequestsNoticesRectificationsDisclosuresAndNotifications_AndSaysWhatStaysReadable', async () => {
    await append(
      { type: 'RequestReceived', data: { requestId: 'r-1', right: 'rectification' } },
      '2026-11-01T09:00:00.000Z',
    );
    await append({ type: 'NoticeProvided', data: { noticeVersion: 'webcasso-2026-1', channel: 'letter' } });
    await append({
      type: 'DataDisclosed',
      data: {
        disclosureId: 'd-1',
        recipientId: 'clients',
        recipientRef: 'client 17',
        purpose: 'collection',
        dataCategories: ['naw'],
      },
    });
    await append({
      type: 'RectificationRecorded',
      data: { rectificationId: 'c-1', dataCategories: ['naw'], requestId: 'r-1' },
    });
    const { eventId } = (await store.readStream('debtor-1'))[3];
    await append({
      type: 'RecipientNotified',
      data: { about: eventId, recipientId: 'clients', outcome: 'notified' },
    });
    const document = await exporter.export('debtor-1');
    expect(document.requests).toEqual([
      expect.objectContaining({
        subjectId: 'debtor-1',
        requestId: 'r-1',
        deadline: '2026-12-01T09:00:00.000Z',
      }),
    ]);
    expect(document.noticesProvided).toEqual([
      { noticeVersion: 'webcasso-2026-1', channel: 'letter', occurredAt: EXPORTED_AT },
    ]);
    expect(document.disclosures).toEqual([
      expect.objectContaining({ disclosureId: 'd-1', recipientId: 'clients', recipientRef: 'client 17' }),
    ]);
    expect(document.rectifications).toEqual([
      { rectificationId: 'c-1', occurredAt: EXPORTED_AT, dataCategories: ['naw'], requestId: 'r-1' },
    ]);
    expect(document.notifications).toEqual([
      { about: eventId, recipientId: 'clients', outcome: 'notified', channel: null, occurredAt: EXPORTED_AT },
    ]);
    expect(document.readability.suppressionRefs).toMatch(/suppressionRefs stay readable after an erasure/);
  });

  it('exportDpv_AnswersTheSameRecordInDpv_OneRecordPerBasis', async () => {
    await append({
      type: 'BasisEstablished',
      data: {
        basisId: 'b-1',
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 42',
        validFrom: EXPORTED_AT,
      },
    });
    const document = await exporter.exportDpv('debtor-1');
    expect(document['dpv:hasRecordOfActivity']).toEqual([
      expect.objectContaining({ '@id': 'urn:basis-ledger:basis:b-1', 'dct:source': 'claim 42' }),
    ]);
  });

  it('export_OfASubjectNeverRecorded_HasNoRevisionAndNoEvents', async () => {
    expect(await exporter.export('debtor-2')).toMatchObject({ revision: null, events: [], requests: [] });
  });
});
