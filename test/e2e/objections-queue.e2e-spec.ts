import { LedgerHarness } from '../support/ledger-harness';

describe('the objections queue and who the key is (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  const file = async (subjectId: string, occurredAt: string, channel?: string) =>
    (
      await ledger.post(
        `/v1/subjects/${subjectId}/objections`,
        { purposes: ['credit-check-sharing'], grounds: 'personal situation', occurredAt, channel },
        'operator',
      )
    ).body;
  const queue = async (role: 'dpo' | 'auditor' = 'dpo') =>
    (await ledger.get('/v1/objections?status=pending', role)).body;

  it('GET /v1/me names the key and its role, for every role', async () => {
    for (const [role, name] of [
      ['system', 'collection-run'],
      ['operator', 'back-office'],
      ['dpo', 'the-dpo'],
      ['auditor', 'external-auditor'],
    ] as const) {
      expect((await ledger.get('/v1/me', role)).body).toEqual({ name, role });
    }
    expect((await ledger.get('/v1/me', null)).body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('lists every undecided objection across subjects, oldest first, with its deadline one month on', async () => {
    const late = await file('queue-late', '2026-01-31T09:00:00.000Z', 'letter');
    const early = await file('queue-early', '2026-01-10T09:00:00.000Z');
    const answer = await queue('auditor');
    expect(answer.position).toEqual(expect.stringMatching(/^\d+$/));
    expect(answer.objections).toEqual([
      {
        subjectId: 'queue-early',
        objectionId: early.objectionId,
        purposes: ['credit-check-sharing'],
        occurredAt: '2026-01-10T09:00:00.000Z',
        recordedAt: expect.any(String),
        deadline: '2026-02-10T09:00:00.000Z',
      },
      {
        subjectId: 'queue-late',
        objectionId: late.objectionId,
        purposes: ['credit-check-sharing'],
        occurredAt: '2026-01-31T09:00:00.000Z',
        recordedAt: expect.any(String),
        deadline: '2026-02-28T09:00:00.000Z',
        channel: 'letter',
      },
    ]);
  });

  it('drops an objection once decided, and every objection of a subject once erased', async () => {
    const decided = await file('queue-decided', '2026-01-05T00:00:00.000Z');
    await file('queue-erased', '2026-01-06T00:00:00.000Z');
    const ids = async () => (await queue()).objections.map((o: any) => o.subjectId);
    expect(await ids()).toEqual(expect.arrayContaining(['queue-decided', 'queue-erased']));

    const path = `/v1/subjects/queue-decided/objections/${decided.objectionId}/decision`;
    expect((await ledger.post(path, { outcome: 'upheld' })).status).toBe(201);
    expect((await ledger.post('/v1/subjects/queue-erased/erasure', { retain: [] })).status).toBe(201);
    expect(await ids()).not.toEqual(expect.arrayContaining(['queue-decided']));
    expect(await ids()).not.toEqual(expect.arrayContaining(['queue-erased']));
  });

  it('is rebuilt from the store on restart', async () => {
    const before = await queue();
    await ledger.restart();
    expect((await queue()).objections).toEqual(before.objections);
  });

  it('is for the DPO and auditors only, and only knows the status pending', async () => {
    for (const role of ['system', 'operator'] as const) {
      expect((await ledger.get('/v1/objections?status=pending', role)).body.code).toBe('FORBIDDEN');
    }
    for (const query of ['', '?status=decided']) {
      const answer = await ledger.get(`/v1/objections${query}`, 'dpo');
      expect(answer.body).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'status' }],
      });
    }
  });
});
