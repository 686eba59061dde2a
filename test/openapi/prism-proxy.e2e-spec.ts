import { randomUUID } from 'node:crypto';
import { Answer, LedgerHarness, RoleName } from '../support/ledger-harness';
import { COLLECTION_CONTRACT, consent, lifting, NOTICE } from '../support/lawful-bodies';
import { PrismProxy, writeServedDocument } from '../support/openapi-tools';

const RATE_LIMIT = 200;

/**
 * Prism, a validating proxy nobody here wrote, in front of the ledger: every request and every answer is
 * judged by the document alone, and in `--errors` mode any answer the document does not describe (a status it
 * does not list, a body or header that does not fit) comes back as Prism's own 500. So each answer below
 * arriving with the ledger's own status and code shows the document describes it.
 */
describe('the OpenAPI document, as Prism judges requests and answers (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;
  let prism: PrismProxy;
  let answersOnly: PrismProxy;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ rateLimit: RATE_LIMIT });
    const document = await writeServedDocument(ledger.baseUrl, 'openapi-prism.json');
    [prism, answersOnly] = await Promise.all([
      PrismProxy.start(document, ledger.baseUrl, { validateRequest: true }),
      PrismProxy.start(document, ledger.baseUrl, { validateRequest: false }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([prism?.stop(), answersOnly?.stop()]);
    await ledger?.stop();
  });

  /** The ledger's own answer, passed through: its status and code, and no violation Prism noticed. */
  const expectLedger = (answer: Answer, status: number, code?: string) =>
    expect({
      status: answer.status,
      code: answer.body?.code,
      violations: answer.headers.get('sl-violations'),
      prism: answer.body?.type?.startsWith('https://stoplight.io') ? answer.body : undefined,
    }).toEqual({ status, code, violations: null, prism: undefined });

  const post = (path: string, body: unknown, role: RoleName = 'dpo', headers?: Record<string, string>) =>
    prism.request('POST', path, { role, body, headers });
  const get = (path: string, role: RoleName = 'dpo') => prism.get(path, role);

  it('passes the contract’s answers and refusals of commands through, each as the document describes it', async () => {
    const at = `/v1/subjects/prism-${randomUUID()}`;
    const first = { 'If-Match': '"-1"', 'Idempotency-Key': 'first-basis' };
    const established = await post(`${at}/bases`, COLLECTION_CONTRACT, 'operator', first);
    expectLedger(established, 201);
    expectLedger(await post(`${at}/bases`, COLLECTION_CONTRACT, 'operator', first), 201);
    const reused = { ...COLLECTION_CONTRACT, evidence: 'another claim' };
    expectLedger(await post(`${at}/bases`, reused, 'operator', first), 422, 'IDEMPOTENCY_KEY_REUSED');
    expectLedger(
      await post(`${at}/bases`, COLLECTION_CONTRACT, 'dpo', { 'If-Match': '"7"' }),
      409,
      'WRONG_EXPECTED_REVISION',
    );
    expectLedger(
      await post(`${at}/bases`, { ...COLLECTION_CONTRACT, purpose: 'nope' }),
      400,
      'UNKNOWN_PURPOSE',
    );
    expectLedger(await post(`${at}/bases`, consent('payouts')), 422, 'BASIS_NOT_ALLOWED');
    expectLedger(
      await post(`${at}/bases`, { purpose: 'collection', legalBasis: 'contract' }),
      422,
      'EVIDENCE_REQUIRED',
    );
    expectLedger(
      await post(`${at}/bases`, consent('prospect-contact', { noticeVersion: 'nope' })),
      400,
      'UNKNOWN_NOTICE',
    );
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expectLedger(
      await post(`${at}/bases`, { ...COLLECTION_CONTRACT, occurredAt: future }),
      422,
      'OCCURRED_IN_FUTURE',
    );

    const basis = `${at}/bases/${established.body.basisId}/withdrawal`;
    expectLedger(await post(`${at}/bases/no-such-basis/withdrawal`, { reason: 'other' }), 404, 'NOT_FOUND');
    expectLedger(await post(basis, { reason: 'contract-ended' }), 201);
    expectLedger(await post(basis, { reason: 'contract-ended' }), 409, 'ALREADY_WITHDRAWN');

    const objection = await post(`${at}/objections`, { purposes: ['collection'], channel: 'letter' });
    expectLedger(objection, 201);
    const decision = `${at}/objections/${objection.body.objectionId}/decision`;
    expectLedger(await post(decision, { outcome: 'overridden' }), 422, 'MOTIVATION_REQUIRED');
    expectLedger(await post(decision, { outcome: 'upheld' }), 201);
    expectLedger(await post(decision, { outcome: 'upheld' }), 409, 'ALREADY_DECIDED');
    expectLedger(
      await post(`${at}/objections/${objection.body.objectionId}/withdrawal`, { evidence: 'letter' }),
      201,
    );

    const restriction = await post(`${at}/restrictions`, { ground: 'accuracy-contested' });
    expectLedger(restriction, 201);
    const lift = `${at}/restrictions/${restriction.body.restrictionId}/lifting`;
    expectLedger(await post(lift, lifting('the data were right')), 201);
    expectLedger(await post(lift, lifting('the data were right')), 409, 'ALREADY_LIFTED');
    expectLedger(await post(`${at}/notices`, { noticeVersion: NOTICE, channel: 'letter' }), 201);

    const request = await post(`${at}/requests`, { right: 'access', channel: 'email' });
    expectLedger(request, 201);
    const steps = `${at}/requests/${request.body.requestId}`;
    expectLedger(await post(`${steps}/identity`, { method: 'in-person' }), 201);
    expectLedger(await post(`${steps}/extension`, { reason: 'many requests' }), 201);
    // A rule the document cannot state: refused needs a refusal ground.
    expectLedger(await post(`${steps}/completion`, { outcome: 'refused' }), 400, 'VALIDATION_FAILED');
    expectLedger(await post(`${steps}/completion`, { outcome: 'granted' }), 201);

    const disclosure = { recipientId: 'clients', purpose: 'collection', dataCategories: ['naw'] };
    expectLedger(await post(`${at}/disclosures`, disclosure), 201);
    expectLedger(
      await post(`${at}/disclosures`, { ...disclosure, recipientId: 'nobody' }),
      400,
      'UNKNOWN_RECIPIENT',
    );
    const notified = { about: restriction.body.eventId, recipientId: 'clients' };
    expectLedger(await post(`${at}/notifications`, notified), 422, 'RECIPIENT_NOT_CONCERNED');
    const rectification = await post(`${at}/rectifications`, { dataCategories: ['naw'] });
    expectLedger(rectification, 201);
    expectLedger(await post(`${at}/notifications`, { ...notified, about: rectification.body.eventId }), 201);

    expectLedger(await post(`${at}/erasure`, {}, 'operator'), 403, 'FORBIDDEN');
    expectLedger(await post(`${at}/erasure`, { note: 'asked for it' }), 201);
    expectLedger(await post(`${at}/bases`, COLLECTION_CONTRACT), 409, 'SUBJECT_ERASED');
  }, 60_000);

  it('passes every query’s answer through as the document describes it', async () => {
    const subjectId = `prism-${randomUUID()}`;
    const at = `/v1/subjects/${subjectId}`;
    expectLedger(await post(`${at}/bases`, COLLECTION_CONTRACT), 201);
    expectLedger(await post(`${at}/objections`, { purposes: ['credit-check-sharing'] }), 201);
    expectLedger(await post(`${at}/requests`, { right: 'erasure' }), 201);
    for (const path of [
      `${at}/permissions/collection?explain=nl`,
      `${at}/permissions`,
      `${at}/events`,
      `${at}/verification`,
      `${at}/history?purpose=collection&explain=en`,
      `${at}/export`,
      `${at}/export?format=dpv`,
      `${at}/requests`,
      `${at}/recipients`,
      '/v1/verification',
      '/v1/objections?status=pending',
      '/v1/requests?status=open',
      '/v1/notifications?status=pending',
      '/v1/notices/due',
      '/v1/erasures/due',
      '/v1/suppressions/some-ref',
      '/v1/purposes',
      '/v1/catalogue/versions',
      '/v1/me',
    ]) {
      expect({ path, ...pick(await get(path)) }).toEqual({ path, ...pick({ status: 200 }) });
    }
    for (const path of ['/health/live', '/health/ready']) expectLedger(await prism.get(path, null), 200);
    const checks = { checks: [{ subjectId, purpose: 'collection', categories: ['naw'] }], explain: 'en' };
    expectLedger(await post('/v1/permissions/check', checks, 'system'), 200);
    const unknownCategory = { checks: [{ subjectId, purpose: 'collection', categories: ['nope'] }] };
    expectLedger(await post('/v1/permissions/check', unknownCategory, 'system'), 400, 'UNKNOWN_CATEGORY');
    expectLedger(await get(`${at}/permissions/nope`), 404, 'UNKNOWN_PURPOSE');
    expectLedger(
      await prism.request('GET', '/v1/purposes', { role: null, headers: { authorization: 'Bearer nope' } }),
      401,
      'UNAUTHENTICATED',
    );
    const large = {
      checks: Array.from({ length: 1000 }, () => ({ subjectId: 'x'.repeat(128), purpose: 'collection' })),
    };
    expectLedger(await post('/v1/permissions/check', large, 'system'), 413, 'PAYLOAD_TOO_LARGE');
    expectLedger(await get('/v1/objections?status=pending&minPosition=999999999999'), 503, 'NOT_CAUGHT_UP');
  }, 60_000);

  it('refuses what the document refuses, and passes the ledger’s own refusal of it through when asked only to judge answers', async () => {
    const at = `/v1/subjects/prism-${randomUUID()}`;
    const refusals: [
      string,
      {
        method: string;
        path: string;
        role: RoleName | null;
        body?: unknown;
        rawBody?: string;
        headers?: Record<string, string>;
      },
      number,
    ][] = [
      [
        'an unknown field',
        { method: 'POST', path: `${at}/bases`, role: 'dpo', body: { ...COLLECTION_CONTRACT, colour: 'red' } },
        400,
      ],
      [
        'a bad subject id',
        { method: 'GET', path: '/v1/subjects/not%20an%20id/permissions', role: 'dpo' },
        400,
      ],
      [
        'a bad If-Match',
        {
          method: 'POST',
          path: `${at}/bases`,
          role: 'dpo',
          body: COLLECTION_CONTRACT,
          headers: { 'if-match': '3' },
        },
        400,
      ],
      ['a bad time', { method: 'GET', path: `${at}/permissions/collection?at=yesterday`, role: 'dpo' }, 400],
      [
        'another media type',
        {
          method: 'POST',
          path: `${at}/bases`,
          role: 'dpo',
          rawBody: 'purpose=collection',
          headers: { 'content-type': 'text/plain' },
        },
        415,
      ],
      ['malformed JSON', { method: 'POST', path: `${at}/bases`, role: 'dpo', rawBody: '{"purpose":' }, 400],
    ];
    for (const [what, { method, path, ...options }, status] of refusals) {
      const judged = await prism.request(method, path, options);
      // Refused by Prism itself, from the document alone: the answer carries none of the ledger's codes.
      expect({ what, refused: judged.status >= 400, code: judged.body?.code }).toEqual({
        what,
        refused: true,
        code: undefined,
      });
      const passed = await answersOnly.request(method, path, options);
      expect({ what, ...pick(passed) }).toEqual({
        what,
        ...pick({ status, body: { code: passed.body?.code } }),
      });
    }
  }, 60_000);

  it('passes 429 RATE_LIMITED with its Retry-After through', async () => {
    let answer: Answer | undefined;
    for (let i = 0; i <= RATE_LIMIT && answer?.status !== 429; i++) answer = await get('/v1/me', 'auditor');
    expectLedger(answer!, 429, 'RATE_LIMITED');
    expect(Number(answer!.headers.get('retry-after'))).toBeGreaterThan(0);
  }, 60_000);
});

/** What a passed-through answer is judged by: its status, and that Prism saw no violation in it. */
function pick(answer: Pick<Answer, 'status'> & { headers?: Headers; body?: any }) {
  return {
    status: answer.status,
    violations: answer.headers?.get('sl-violations') ?? null,
    byPrism: answer.body?.type?.startsWith?.('https://stoplight.io') ?? false,
  };
}
