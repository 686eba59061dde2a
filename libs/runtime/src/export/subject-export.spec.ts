import { randomBytes } from 'node:crypto';
import { CatalogueIndex, defaultCatalogue } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
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
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    codec = new PersonalDataCodec(store, randomBytes(32));
    exporter = new SubjectExporter(new SubjectEvents(store, codec), () => catalogue, {
      now: () => EXPORTED_AT,
    });
  });
  afterEach(() => store.close());

  it('export_HoldsTheEventsReadable_TheDecisionOnEveryPurposeNow_AndTheCatalogue', async () => {
    const body = {
      type: 'BasisEstablished',
      data: {
        basisId: 'b-1',
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 42',
        validFrom: EXPORTED_AT,
      },
    } as const;
    const data = await codec.seal('debtor-1', body, { purpose: 'collection' });
    if (!data) throw new Error('no live key');
    const { position } = await store.append(testEvent('debtor-1', null, { data }), { expectedRevision: -1 });

    const document = await exporter.export('debtor-1');
    expect(document).toMatchObject({
      subjectId: 'debtor-1',
      exportedAt: EXPORTED_AT,
      catalogueVersion: catalogue.catalogue.version,
      revision: 0,
      events: [{ data: { evidence: 'claim 42' } }],
      purposes: catalogue.purposes,
    });
    expect(document.decisions).toHaveLength(catalogue.purposes.length);
    expect(document.decisions.find((decision) => decision.purpose === 'collection')).toMatchObject({
      permitted: true,
      at: EXPORTED_AT,
      position,
    });
  });

  it('export_OfASubjectNeverRecorded_HasNoRevisionAndNoEvents', async () => {
    expect(await exporter.export('debtor-2')).toMatchObject({ revision: null, events: [] });
  });
});
