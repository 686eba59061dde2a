import { consent } from '../support/lawful-bodies';
import { LedgerHarness } from '../support/ledger-harness';

const T0 = '2026-03-01T08:00:00.000Z';

describe('permission checks over HTTP (SQLite)', () => {
  let ledger: LedgerHarness;
  let n = 0;
  const subject = () => `client-${++n}`;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  it('answers an unknown subject with NO_BASIS, not an error', async () => {
    const answer = await ledger.get('/v1/subjects/never-seen/permissions/collection');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      subjectId: 'never-seen',
      purpose: 'collection',
      permitted: false,
      reasons: [expect.objectContaining({ code: 'NO_BASIS', message: expect.any(String) })],
      basis: null,
      at: expect.any(String),
      position: expect.stringMatching(/^\d+$/),
      decisionId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
  });

  it('sees its own write at once, and explains a pending objection', async () => {
    const id = subject();
    const basis = await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
      occurredAt: T0,
    });
    const permitted = await ledger.get(`/v1/subjects/${id}/permissions/credit-check-sharing`);
    expect(permitted.body).toMatchObject({
      permitted: true,
      reasons: [{ code: 'BASIS_ACTIVE' }],
      basis: {
        basisId: basis.body.basisId,
        legalBasis: 'legitimate-interests',
        eventId: basis.body.eventId,
        validFrom: T0,
      },
    });
    const objection = await ledger.post(`/v1/subjects/${id}/objections`, {
      purposes: ['credit-check-sharing'],
    });
    const pending = await ledger.get(
      `/v1/subjects/${id}/permissions/credit-check-sharing?minPosition=${objection.body.position}`,
    );
    expect(pending.body).toMatchObject({
      permitted: false,
      basis: null,
      reasons: [{ code: 'OBJECTION_PENDING', eventId: objection.body.eventId }],
    });
    expect(BigInt(pending.body.position)).toBeGreaterThanOrEqual(BigInt(objection.body.position));
  });

  it('answers what the ledger would have said at a past moment with asOf, and at a past time with at', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, consent('prospect-contact', { occurredAt: T0 }));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Back-dated, but after the consent: a consent given after an absolute objection would stand (art. 21(3)).
    await ledger.post(`/v1/subjects/${id}/objections`, {
      purposes: ['prospect-contact'],
      occurredAt: '2026-03-10T00:00:00.000Z',
    });
    const now = await ledger.get(`/v1/subjects/${id}/permissions/prospect-contact`);
    expect(now.body.reasons[0].code).toBe('OBJECTION_UPHELD');
    const then = await ledger.get(`/v1/subjects/${id}/permissions/prospect-contact?asOf=${before}`);
    expect(then.body).toMatchObject({ permitted: true, at: before });
    // Today's knowledge applied to a moment before the objection was recorded: it already blocks then.
    const afterFiling = '2026-03-15T00:00:00.000Z';
    const atThen = await ledger.get(`/v1/subjects/${id}/permissions/prospect-contact?at=${afterFiling}`);
    expect(atThen.body).toMatchObject({ permitted: false, at: afterFiling });
    const knownThen = await ledger.get(
      `/v1/subjects/${id}/permissions/prospect-contact?at=${afterFiling}&asOf=${before}`,
    );
    expect(knownThen.body).toMatchObject({ permitted: true, at: afterFiling });
  });

  it('refuses an asOf the ledger has not reached (beyond 5 minutes of clock skew), on every route that takes one', async () => {
    const id = subject();
    const later = new Date(Date.now() + 10 * 60_000).toISOString();
    const refusedAsOf = {
      status: 400,
      body: {
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'asOf', message: expect.stringContaining('not known yet') }],
      },
    };
    expect(await ledger.get(`/v1/subjects/${id}/permissions/collection?asOf=${later}`)).toMatchObject(
      refusedAsOf,
    );
    expect(await ledger.get(`/v1/subjects/${id}/permissions?asOf=${later}`)).toMatchObject(refusedAsOf);
    const batch = { checks: [{ subjectId: id, purpose: 'collection' }], asOf: later };
    expect(await ledger.post('/v1/permissions/check', batch, 'system')).toMatchObject(refusedAsOf);
    const history = `/v1/subjects/${id}/history?purpose=collection&asOf=${later}`;
    expect(await ledger.get(history, 'auditor')).toMatchObject(refusedAsOf);
    expect(await ledger.get(`/v1/purposes?asOf=${later}`, 'auditor')).toMatchObject(refusedAsOf);
    const skewed = new Date(Date.now() + 60_000).toISOString();
    expect(await ledger.get(`/v1/subjects/${id}/permissions/collection?asOf=${skewed}`)).toMatchObject({
      status: 200,
      body: { at: skewed },
    });
  });

  it('narrows a restriction by data category to the categories asked for', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'debtor-contact',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt: T0,
    });
    await ledger.post(`/v1/subjects/${id}/restrictions`, {
      ground: 'accuracy-contested',
      dataCategories: ['phone'],
    });
    const all = await ledger.get(`/v1/subjects/${id}/permissions/debtor-contact`);
    expect(all.body.reasons[0].code).toBe('RESTRICTED');
    const emailOnly = await ledger.get(`/v1/subjects/${id}/permissions/debtor-contact?categories=email,naw`);
    expect(emailOnly.body.permitted).toBe(true);
    const bad = await ledger.get(`/v1/subjects/${id}/permissions/debtor-contact?categories=shoe-size`);
    expect(bad.body).toMatchObject({ status: 400, code: 'UNKNOWN_CATEGORY' });
  });

  it('answers 404 UNKNOWN_PURPOSE for a purpose in the path', async () => {
    const answer = await ledger.get('/v1/subjects/x/permissions/astrology');
    expect(answer.body).toMatchObject({ status: 404, code: 'UNKNOWN_PURPOSE' });
  });

  it('answers every catalogue purpose for a subject', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'fiscal-retention',
      legalBasis: 'legal-obligation',
      occurredAt: T0,
    });
    const answer = await ledger.get(`/v1/subjects/${id}/permissions`);
    const purposes = (await ledger.get('/v1/purposes')).body.purposes;
    expect(answer.body.decisions).toHaveLength(purposes.length);
    const fiscal = answer.body.decisions.find(
      (decision: { purpose: string }) => decision.purpose === 'fiscal-retention',
    );
    expect(fiscal).toMatchObject({ permitted: true, basis: { validUntil: '2033-03-01T08:00:00.000Z' } });
  });

  it('checks a batch in order, refusing bad batches as a whole', async () => {
    const id = subject();
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt: T0,
    });
    const checks = Array.from({ length: 1000 }, (_, i) => ({
      subjectId: i % 2 ? id : `nobody-${i}`,
      purpose: 'collection',
    }));
    const answer = await ledger.post('/v1/permissions/check', { checks }, 'system');
    expect(answer.status).toBe(200);
    expect(answer.body.results).toHaveLength(1000);
    expect(answer.body.results[1]).toMatchObject({ subjectId: id, permitted: true });
    expect(answer.body.results[2]).toMatchObject({ subjectId: 'nobody-2', permitted: false });
    const tooMany = await ledger.post('/v1/permissions/check', { checks: [...checks, checks[0]] }, 'system');
    expect(tooMany.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    const empty = await ledger.post('/v1/permissions/check', { checks: [] }, 'system');
    expect(empty.body.code).toBe('VALIDATION_FAILED');
    const unknown = await ledger.post(
      '/v1/permissions/check',
      { checks: [{ subjectId: id, purpose: 'astrology' }] },
      'system',
    );
    expect(unknown.body).toMatchObject({
      status: 400,
      code: 'UNKNOWN_PURPOSE',
      fields: [{ field: 'checks[0].purpose' }],
    });
  });

  it('answers 503 NOT_CAUGHT_UP with Retry-After when minPosition is not reached within 5 seconds', async () => {
    const answer = await ledger.get('/v1/subjects/x/permissions/collection?minPosition=999999999');
    expect(answer.body).toMatchObject({ status: 503, code: 'NOT_CAUGHT_UP' });
    expect(answer.headers.get('retry-after')).toBe('1');
  }, 10_000);

  it('serves the catalogue in force', async () => {
    const { body } = await ledger.get('/v1/purposes', 'auditor');
    expect(body.version).toEqual(expect.any(String));
    expect(body.purposes.map((purpose: { id: string }) => purpose.id)).toEqual(
      expect.arrayContaining(['collection', 'fiscal-retention', 'legal-claims', 'prospect-contact']),
    );
  });
});
