import { consent, lifting } from '../support/lawful-bodies';
import { LedgerHarness } from '../support/ledger-harness';
import { describeOnEachStore } from '../support/test-stores';

const PAST = '2026-01-10T09:00:00.000Z';

describeOnEachStore('commands over HTTP', (store) => {
  let ledger: LedgerHarness;
  let n = 0;
  const subject = () => `debtor-${++n}`;

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const eventCount = async (subjectId: string) =>
    (await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events.length;

  it('establishes a basis and answers 201 with the event, revision, position and basisId', async () => {
    const id = subject();
    const answer = await ledger.post(
      `/v1/subjects/${id}/bases`,
      { purpose: 'collection', legalBasis: 'contract', evidence: 'claim 2026-0042', occurredAt: PAST },
      'operator',
    );
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      subjectId: id,
      eventId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'BasisEstablished',
      revision: 0,
      position: expect.stringMatching(/^\d+$/),
      basisId: expect.any(String),
    });
    const { events } = (await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body;
    expect(events[0]).toMatchObject({
      type: 'BasisEstablished',
      subjectId: id,
      revision: 0,
      occurredAt: PAST,
      actor: { name: 'back-office', role: 'operator' },
      data: {
        basisId: answer.body.basisId,
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 2026-0042',
        validFrom: PAST,
      },
      prevHash: '0'.repeat(64),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('walks an objection through filing and an override with motivation', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
      occurredAt: PAST,
    });
    const filed = await ledger.post(
      `/v1/subjects/${id}/objections`,
      { purposes: ['credit-check-sharing'], channel: 'letter' },
      'operator',
    );
    expect(filed.status).toBe(201);
    expect(filed.body.objectionId).toEqual(expect.any(String));
    const path = `/v1/subjects/${id}/objections/${filed.body.objectionId}/decision`;
    expect((await ledger.post(path, { outcome: 'overridden' }, 'operator')).status).toBe(403);
    const missing = await ledger.post(path, { outcome: 'overridden' });
    expect(missing.body).toMatchObject({ status: 422, code: 'MOTIVATION_REQUIRED' });
    const decided = await ledger.post(path, {
      outcome: 'overridden',
      motivation: 'fraud prevention outweighs',
    });
    expect(decided.body).toMatchObject({ type: 'ObjectionOverridden', revision: 2 });
    expect((await ledger.post(path, { outcome: 'upheld' })).body.code).toBe('ALREADY_DECIDED');
  });

  it('refuses with the contract codes and appends nothing', async () => {
    const id = subject();
    const base = `/v1/subjects/${id}`;
    const contract = { purpose: 'collection', legalBasis: 'contract', evidence: 'claim 2026-0042' };
    const established = await ledger.post(`${base}/bases`, { ...contract, occurredAt: PAST });
    const withdrawal = `${base}/bases/${established.body.basisId}/withdrawal`;
    const cases: [string, unknown, number, string][] = [
      [`${base}/bases`, { purpose: 'astrology', legalBasis: 'consent' }, 400, 'UNKNOWN_PURPOSE'],
      [`${base}/bases`, { purpose: 'collection', legalBasis: 'consent' }, 422, 'BASIS_NOT_ALLOWED'],
      [`${base}/bases`, { ...contract, validFrom: PAST, validUntil: PAST }, 422, 'INVALID_PERIOD'],
      [`${base}/bases`, { ...contract, occurredAt: '2999-01-01T00:00:00.000Z' }, 422, 'OCCURRED_IN_FUTURE'],
      [`${base}/bases/no-such-basis/withdrawal`, { reason: 'other' }, 404, 'NOT_FOUND'],
      // Withdrawn before it was established: the basis would never have stood in world time.
      [
        withdrawal,
        { reason: 'other', occurredAt: '2025-12-01T00:00:00.000Z' },
        422,
        'OCCURRED_BEFORE_TARGET',
      ],
      [`${base}/objections`, { purposes: [] }, 400, 'VALIDATION_FAILED'],
      [`${base}/objections`, { purposes: ['collection', 'astrology'] }, 400, 'UNKNOWN_PURPOSE'],
      [
        `${base}/restrictions`,
        { ground: 'accuracy-contested', dataCategories: ['shoe-size'] },
        400,
        'UNKNOWN_CATEGORY',
      ],
      [`${base}/restrictions/nope/lifting`, lifting('resolved'), 404, 'NOT_FOUND'],
      [`${base}/objections/nope/decision`, { outcome: 'upheld' }, 404, 'NOT_FOUND'],
      [`${base}/erasure`, { retain: ['astrology'] }, 400, 'UNKNOWN_PURPOSE'],
    ];
    for (const [path, body, status, code] of cases) {
      const answer = await ledger.post(path, body);
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({ path, status, code });
    }
    expect(await eventCount(id)).toBe(1);
  });

  it('refuses a second withdrawal and a second lifting', async () => {
    const id = subject();
    const basis = await ledger.post(`/v1/subjects/${id}/bases`, consent('recruitment', { occurredAt: PAST }));
    const withdraw = `/v1/subjects/${id}/bases/${basis.body.basisId}/withdrawal`;
    expect((await ledger.post(withdraw, { reason: 'consent-withdrawn' })).status).toBe(201);
    expect((await ledger.post(withdraw, { reason: 'consent-withdrawn' })).body.code).toBe(
      'ALREADY_WITHDRAWN',
    );
    const restriction = await ledger.post(`/v1/subjects/${id}/restrictions`, {
      ground: 'accuracy-contested',
    });
    const lift = `/v1/subjects/${id}/restrictions/${restriction.body.restrictionId}/lifting`;
    expect((await ledger.post(lift, lifting('address verified'))).status).toBe(201);
    expect((await ledger.post(lift, lifting('again'))).body.code).toBe('ALREADY_LIFTED');
  });

  it('writes nothing more to an erased subject, and reads its personal fields back as null', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'Jan Jansen, Dorpsstraat 1',
      occurredAt: PAST,
    });
    const erased = await ledger.post(`/v1/subjects/${id}/erasure`, {
      retain: ['fiscal-retention'],
      note: 'verzoek per brief',
    });
    expect(erased.body).toMatchObject({ type: 'ErasureCompleted', revision: 1 });
    const again = await ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] });
    expect(again.body).toMatchObject({ status: 409, code: 'SUBJECT_ERASED' });
    const { events } = (await ledger.get(`/v1/subjects/${id}/events`, 'dpo')).body;
    expect(events[0].data.evidence).toBeNull();
    expect(events[1].data).toEqual({ retain: ['fiscal-retention'], note: null });
    expect((await ledger.get(`/v1/subjects/${id}/verification`, 'auditor')).body).toMatchObject({
      valid: true,
      eventCount: 2,
    });
  });

  describe('Idempotency-Key', () => {
    it('returns the first answer for the same key and body, and appends nothing', async () => {
      const id = subject();
      const body = { purposes: ['collection'], channel: 'phone' };
      const headers = { 'idempotency-key': `objection-${id}` };
      const first = await ledger.post(`/v1/subjects/${id}/objections`, body, 'operator', headers);
      const second = await ledger.post(`/v1/subjects/${id}/objections`, body, 'operator', headers);
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(await eventCount(id)).toBe(1);
    });

    it('refuses the same key with a different body with 422 IDEMPOTENCY_KEY_REUSED', async () => {
      const id = subject();
      const headers = { 'idempotency-key': `k-${id}` };
      await ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] }, 'operator', headers);
      const reused = await ledger.post(
        `/v1/subjects/${id}/objections`,
        { purposes: ['statistics'] },
        'operator',
        headers,
      );
      expect(reused.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await eventCount(id)).toBe(1);
    });

    it('answers concurrent requests with the same key once', async () => {
      const id = subject();
      const headers = { 'idempotency-key': `burst-${id}` };
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] }, 'operator', headers),
        ),
      );
      expect(new Set(answers.map((answer) => answer.body.eventId)).size).toBe(1);
      expect(answers.every((answer) => answer.status === 201)).toBe(true);
      expect(await eventCount(id)).toBe(1);
    });
  });

  describe('If-Match', () => {
    it('appends at the expected revision and refuses any other with 409 WRONG_EXPECTED_REVISION', async () => {
      const id = subject();
      const malformed = await ledger.post(
        `/v1/subjects/${id}/objections`,
        { purposes: ['collection'] },
        'dpo',
        { 'if-match': '3' },
      );
      expect(malformed.body.code).toBe('VALIDATION_FAILED');
      const created = await ledger.post(
        `/v1/subjects/${id}/objections`,
        { purposes: ['collection'] },
        'dpo',
        { 'if-match': '"-1"' },
      );
      expect(created.body).toMatchObject({ revision: 0 });
      const exists = await ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] }, 'dpo', {
        'if-match': '"-1"',
      });
      expect(exists.body.code).toBe('WRONG_EXPECTED_REVISION');
      const stale = await ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['statistics'] }, 'dpo', {
        'if-match': '"5"',
      });
      expect(stale.body).toMatchObject({ status: 409, code: 'WRONG_EXPECTED_REVISION' });
      const current = await ledger.post(
        `/v1/subjects/${id}/objections`,
        { purposes: ['statistics'] },
        'dpo',
        { 'if-match': '"0"' },
      );
      expect(current.body).toMatchObject({ revision: 1 });
      expect(await eventCount(id)).toBe(2);
    });
  });
});
