import { LedgerHarness } from '../support/ledger-harness';
import { runLedgerCli } from '../support/ledger-cli';
import { describeOnEachStore } from '../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';

/** A prospect with a consent and a contract, an objection, a restriction and a completed request. */
async function prospectWithRights(ledger: LedgerHarness, id: string): Promise<void> {
  const base = `/v1/subjects/${id}`;
  await ledger.post(`${base}/bases`, {
    purpose: 'prospect-contact',
    legalBasis: 'consent',
    evidence: 'web form receipt R-1',
    noticeVersion: 'webcasso-2026-1',
    occurredAt: T0,
  });
  await ledger.post(`${base}/bases`, {
    purpose: 'collection',
    legalBasis: 'contract',
    evidence: 'claim 2026-0042',
    occurredAt: T0,
  });
  const { requestId } = (await ledger.post(`${base}/requests`, { right: 'objection' }, 'operator')).body;
  await ledger.post(`${base}/objections`, { purposes: ['collection'], requestId }, 'operator');
  await ledger.post(`${base}/restrictions`, { ground: 'objection-pending', purposes: ['collection'] });
  await ledger.post(`${base}/disclosures`, {
    recipientId: 'clients',
    purpose: 'collection',
    dataCategories: ['naw'],
  });
  await ledger.post(`${base}/requests/${requestId}/completion`, { outcome: 'granted' });
}

/** Contract section 7 over HTTP: the export, in the ledger's JSON and in DPV. */
describeOnEachStore('the export over HTTP', (store) => {
  let ledger: LedgerHarness;
  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
    await prospectWithRights(ledger, 'exported-1');
  });
  afterAll(() => ledger.stop());

  it('answers everything held on the subject, as a JSON file', async () => {
    const answer = await ledger.get('/v1/subjects/exported-1/export', 'auditor');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="subject-exported-1.json"');
    const document = answer.body;
    expect(document.requests).toEqual([expect.objectContaining({ right: 'objection', outcome: 'granted' })]);
    expect(document.disclosures).toEqual([
      expect.objectContaining({ recipientId: 'clients', purpose: 'collection' }),
    ]);
    expect(document.purposes.find((purpose: any) => purpose.id === 'legal-claims')).toMatchObject({
      recipients: ['bailiff', 'clients', 'processors'],
      maxDuration: null,
      erasureExemption: 'legal-claims',
      profiling: false,
      consentRequiredFor: [],
    });
    expect(Object.keys(document)).toEqual(
      expect.arrayContaining([
        'noticesProvided',
        'rectifications',
        'notifications',
        'suppressions',
        'readability',
      ]),
    );
  });

  it('answers format=dpv as JSON-LD, one record per basis, and refuses a format it does not know', async () => {
    const answer = await ledger.get('/v1/subjects/exported-1/export?format=dpv', 'dpo');
    expect(answer.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="subject-exported-1.jsonld"',
    );
    const records = answer.body['dpv:hasRecordOfActivity'];
    expect(records.map((record: any) => record['@type'])).toEqual([
      'dpv:ConsentRecord',
      'dpv:DataProcessingRecord',
      'dpv:RightExerciseRecord',
    ]);
    expect(records[0]).toMatchObject({
      'dct:source': 'web form receipt R-1',
      'dpv:hasNotice': expect.any(Object),
    });
    const bad = await ledger.get('/v1/subjects/exported-1/export?format=xml', 'dpo');
    expect(bad.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: [{ field: 'format' }] });
    expect((await ledger.get('/v1/subjects/exported-1/export?format=dpv', 'operator')).status).toBe(403);
  });
});

describe('npx ledger export --format dpv (built CLI, SQLite file)', () => {
  let ledger: LedgerHarness;
  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    await prospectWithRights(ledger, 'exported-cli');
  });
  afterAll(() => ledger.stop());

  it('writes the document GET .../export?format=dpv answers', async () => {
    const fromApi = (await ledger.get('/v1/subjects/exported-cli/export?format=dpv', 'dpo')).body;
    const run = await runLedgerCli(['export', 'exported-cli', '--format', 'dpv', '--out', '-'], {
      LEDGER_DATA_DIR: ledger.dataDir,
    });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const withoutTime = ({ '@id': _id, 'dct:created': _created, ...rest }: any) => rest;
    expect(withoutTime(JSON.parse(run.stdout))).toEqual(withoutTime(fromApi));
    const refused = await runLedgerCli(['export', 'exported-cli', '--format', 'xml'], {
      LEDGER_DATA_DIR: ledger.dataDir,
    });
    expect(refused.code).toBe(2);
  });
});
