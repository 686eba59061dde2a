import { FixedClock, LedgerHarness } from '../support/ledger-harness';
import { describeOnEachStore } from '../support/test-stores';

const NOW = '2026-06-01T00:00:00.000Z';
const MARCH = '2026-03-01T00:00:00.000Z';

/** Contract section 7 over HTTP: notices due, suppression after erasure, and erasures due with a short grace. */
describeOnEachStore('notices, suppression and erasures due over HTTP', (store) => {
  let ledger: LedgerHarness;
  const refused = (answer: { status: number; body: any }) => [answer.status, answer.body.code];

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store, {
      clock: new FixedClock(NOW),
      config: { erasureGrace: 'P7D' },
    });
  });
  afterAll(() => ledger.stop());

  const basis = (subjectId: string, occurredAt: string, more: object = {}) =>
    ledger.post(`/v1/subjects/${subjectId}/bases`, {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt,
      ...more,
    });
  const listed = async (path: string, prefix: string) =>
    (await ledger.get(path, 'auditor')).body.subjects.filter((s: any) => s.subjectId.startsWith(prefix));

  it('lists the subjects owed the privacy statement a month after their first basis, until it is given', async () => {
    await basis('notice-due', MARCH);
    await basis('notice-recent', '2026-05-15T00:00:00.000Z');
    await basis('notice-given', MARCH);
    const given = await ledger.post(
      '/v1/subjects/notice-given/notices',
      { noticeVersion: 'webcasso-2026-1', channel: 'letter' },
      'operator',
    );
    expect(given.body.type).toBe('NoticeProvided');
    await basis('notice-consent', MARCH, {
      purpose: 'call-recording',
      legalBasis: 'consent',
      evidence: 'recorded yes at the start of the call',
      noticeVersion: 'webcasso-2026-1',
    });
    expect(await listed('/v1/notices/due', 'notice-')).toEqual([
      { subjectId: 'notice-due', since: '2026-04-01T00:00:00.000Z' },
    ]);
    const unknown = await ledger.post('/v1/subjects/notice-due/notices', {
      noticeVersion: 'webcasso-1999',
      channel: 'email',
    });
    expect(refused(unknown)).toEqual([400, 'UNKNOWN_NOTICE']);
    expect((await ledger.get('/v1/notices/due', 'system')).body.code).toBe('FORBIDDEN');
  });

  it('suppresses the refs of a prospect erased after objecting to direct marketing, for every role', async () => {
    const base = '/v1/subjects/prospect-1';
    await basis('prospect-1', MARCH, { purpose: 'prospect-contact', legalBasis: 'legitimate-interests' });
    await ledger.post(`${base}/objections`, { purposes: ['prospect-contact'], channel: 'email' }, 'operator');
    expect(refused(await ledger.post(`${base}/erasure`, { retain: [] }))).toEqual([
      422,
      'SUPPRESSION_REFS_REQUIRED',
    ]);
    const refs = ['hmac-sha256:5f1c9a', 'mail/ref?x=1#2'];
    expect((await ledger.post(`${base}/erasure`, { retain: [], suppressionRefs: refs })).status).toBe(201);
    for (const role of ['system', 'operator', 'dpo', 'auditor'] as const) {
      for (const ref of refs) {
        const answer = await ledger.get(`/v1/suppressions/${encodeURIComponent(ref)}`, role);
        expect(answer.body).toEqual({ suppressed: true, purposes: ['prospect-contact'] });
      }
    }
    expect((await ledger.get('/v1/suppressions/hmac-sha256:other', 'system')).body).toEqual({
      suppressed: false,
      purposes: [],
    });
    expect(refused(await ledger.get('/v1/suppressions/two%20words', 'system'))).toEqual([
      400,
      'VALIDATION_FAILED',
    ]);
    const { events } = (await ledger.get(`${base}/events`, 'auditor')).body;
    expect(events.at(-1).data.suppressionRefs).toEqual(refs);
  });

  it('lists the erasures due after the grace, and why, judged now; not while a request is open', async () => {
    const withdraw = async (subjectId: string, occurredAt: string) => {
      const { basisId } = (await basis(subjectId, MARCH)).body;
      await ledger.post(`/v1/subjects/${subjectId}/bases/${basisId}/withdrawal`, {
        reason: 'contract-ended',
        occurredAt,
      });
    };
    await withdraw('erase-due', '2026-05-20T00:00:00.000Z');
    await withdraw('erase-in-grace', '2026-05-28T00:00:00.000Z');
    await withdraw('erase-asked', '2026-05-01T00:00:00.000Z');
    await ledger.post('/v1/subjects/erase-asked/requests', { right: 'access' }, 'operator');
    await ledger.post('/v1/subjects/erase-kept/bases', {
      purpose: 'fiscal-retention',
      legalBasis: 'legal-obligation',
      validFrom: '2019-06-01T00:00:00.000Z',
      validUntil: '2026-05-01T00:00:00.000Z',
      occurredAt: '2019-06-01T00:00:00.000Z',
    });
    await ledger.post('/v1/subjects/erase-kept/erasure', { retain: ['fiscal-retention'] });
    expect(await listed('/v1/erasures/due', 'erase-')).toEqual([
      { subjectId: 'erase-kept', since: '2026-05-01T00:00:00.000Z', why: 'retention-ended' },
      { subjectId: 'erase-due', since: '2026-05-20T00:00:00.000Z', why: 'no-active-basis' },
    ]);
    expect((await ledger.get('/v1/erasures/due', 'operator')).body.code).toBe('FORBIDDEN');
  });

  it("answers every list alike after a restart that starts from the read side's checkpoint", async () => {
    const lists = ['/v1/notices/due', '/v1/erasures/due', '/v1/requests', '/v1/notifications?status=pending'];
    const read = async () => {
      const answers = await Promise.all(lists.map((path) => ledger.get(path, 'auditor')));
      return answers.map(({ body: { position: _position, ...list } }) => list);
    };
    const suppressed = async () => (await ledger.get('/v1/suppressions/hmac-sha256:5f1c9a', 'system')).body;
    const before = [await read(), await suppressed()];
    expect(before[1]).toEqual({ suppressed: true, purposes: ['prospect-contact'] });
    await ledger.restart();
    expect([await read(), await suppressed()]).toEqual(before);
  });
});
