import { Agent, request } from 'node:http';
import { LedgerHarness } from '../support/ledger-harness';
import { secretOf } from '../support/test-keys';

/** Status and whether the request went on a connection an earlier one used, over `agent`. */
function getOn(agent: Agent, url: string, authorization?: string) {
  return new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
    const sent = request(url, { agent, headers: authorization ? { authorization } : {} }, (answer) => {
      answer.resume();
      answer.on('end', () => resolve({ status: answer.statusCode!, reused: sent.reusedSocket }));
    });
    sent.on('error', reject).end();
  });
}

describe('authentication, roles and problem details (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  const expectProblem = (
    answer: { status: number; headers: Headers; body: any },
    status: number,
    code: string,
  ) => {
    expect(answer.status).toBe(status);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String) });
    expect(typeof answer.body.detail).toBe('string');
  };

  it('serves health without a key', async () => {
    expect((await ledger.get('/health/live', null)).status).toBe(200);
    expect((await ledger.get('/health/ready', null)).body).toMatchObject({ status: 'ready' });
  });

  it('refuses a request without a key, or with an unknown key, with 401 UNAUTHENTICATED saying how to authenticate', async () => {
    const wrongKey = { authorization: 'Bearer not-a-key-at-all-000' };
    // Through Nest's guard, and through the single check's fast lane.
    for (const path of ['/v1/purposes', '/v1/subjects/d-1/permissions/collection']) {
      for (const headers of [{}, wrongKey]) {
        const answer = await ledger.request('GET', path, { role: null, headers });
        expectProblem(answer, 401, 'UNAUTHENTICATED');
        expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      }
    }
  });

  it('judges the key of every request on one connection, whatever an earlier request on it presented', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // Single checks are answered by the fast lane, the audit trail by Nest's guard: both admit this way.
    const check = `${ledger.baseUrl}/v1/subjects/d-1/permissions/collection`;
    const system = `Bearer ${secretOf('system')}`;
    try {
      const answers = [
        await getOn(agent, check, system),
        await getOn(agent, check, system),
        await getOn(agent, check, `${system}x`),
        await getOn(agent, check),
        await getOn(agent, `${ledger.baseUrl}/v1/subjects/d-1/events`, system),
        await getOn(agent, `${ledger.baseUrl}/v1/subjects/d-1/events`, `Bearer ${secretOf('auditor')}`),
        await getOn(agent, `${ledger.baseUrl}/v1/subjects/d-1/events`, system),
        await getOn(agent, check, system),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 401, 401, 403, 200, 403, 200]);
      expect(answers.slice(1).every((answer) => answer.reused)).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('refuses a role that may not do this with 403 FORBIDDEN and appends nothing', async () => {
    expectProblem(await ledger.get('/v1/subjects/d-1/events', 'system'), 403, 'FORBIDDEN');
    const basis = { purpose: 'collection', legalBasis: 'contract' };
    expectProblem(await ledger.post('/v1/subjects/d-1/bases', basis, 'system'), 403, 'FORBIDDEN');
    expectProblem(await ledger.post('/v1/subjects/d-1/erasure', {}, 'operator'), 403, 'FORBIDDEN');
    expect((await ledger.get('/v1/subjects/d-1/events', 'auditor')).body).toEqual({
      subjectId: 'd-1',
      revision: null,
      events: [],
    });
  });

  it('judges authentication before the shape of the body', async () => {
    const answer = await ledger.request('POST', '/v1/subjects/d-1/bases', {
      role: null,
      rawBody: '{not json',
    });
    expectProblem(answer, 401, 'UNAUTHENTICATED');
  });

  it('answers malformed JSON with 400 VALIDATION_FAILED', async () => {
    const answer = await ledger.request('POST', '/v1/subjects/d-1/bases', { rawBody: '{"purpose": ' });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
  });

  it('answers a body that is JSON but not an object, null included, as not an object', async () => {
    for (const rawBody of ['null', '[1,2]', '"text"', '7']) {
      const answer = await ledger.request('POST', '/v1/subjects/d-1/bases', { rawBody });
      expectProblem(answer, 400, 'VALIDATION_FAILED');
      expect(answer.body.fields).toEqual([{ field: 'body', message: 'must be an object' }]);
    }
  });

  it('refuses a query parameter on a route that takes none, naming it, after the key, and appends nothing', async () => {
    // The batch takes its moment in the body: `?at=` would otherwise be answered for now.
    const batch = { checks: [{ subjectId: 'q-1', purpose: 'collection' }] };
    const check = await ledger.post('/v1/permissions/check?at=2020-01-01T00:00:00Z', batch, 'system');
    expectProblem(check, 400, 'VALIDATION_FAILED');
    expect(check.body.fields).toEqual([{ field: 'at', message: 'property at should not exist' }]);
    const basis = { purpose: 'collection', legalBasis: 'contract', evidence: 'order 1' };
    expectProblem(await ledger.post('/v1/subjects/q-1/bases?x=1', basis), 400, 'VALIDATION_FAILED');
    expectProblem(await ledger.post('/v1/subjects/q-1/bases?x=1', basis, null), 401, 'UNAUTHENTICATED');
    const events = await ledger.get('/v1/subjects/q-1/events?asOf=2020-01-01T00:00:00Z', 'auditor');
    expectProblem(events, 400, 'VALIDATION_FAILED');
    expect((await ledger.get('/v1/subjects/q-1/events', 'auditor')).body.events).toEqual([]);
    expect((await ledger.get('/v1/me?verbose=1', 'system')).status).toBe(400);
    expect((await ledger.get('/health/live?probe=1', null)).status).toBe(200);
  });

  it('lists every field at fault, including unknown fields', async () => {
    const answer = await ledger.post('/v1/subjects/d-1/bases', {
      legalBasis: 'gut-feeling',
      validFrom: 'yesterday',
      colour: 'blue',
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    const fields = answer.body.fields.map((field: { field: string }) => field.field);
    expect(fields).toEqual(expect.arrayContaining(['purpose', 'legalBasis', 'validFrom', 'colour']));
  });

  it('lists at most 100 fields at fault, with their count, however many the body has (contract section 5)', async () => {
    const answer = await ledger.post('/v1/permissions/check', {
      checks: Array.from({ length: 1000 }, () => 1),
    });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.fields).toHaveLength(100);
    // A batch's checks are judged only until a problem has its fields: the count is of those judged.
    expect(answer.body.fieldCount).toBeGreaterThanOrEqual(100);
  });

  it('refuses a bad subjectId with 400 VALIDATION_FAILED', async () => {
    const answer = await ledger.get('/v1/subjects/' + 'x'.repeat(129) + '/permissions/collection');
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.fields).toEqual([expect.objectContaining({ field: 'subjectId' })]);
  });

  it('refuses a body over 64 KiB with 413 PAYLOAD_TOO_LARGE, before authentication', async () => {
    const body = { purpose: 'collection', legalBasis: 'contract', evidence: 'x'.repeat(65 * 1024) };
    expectProblem(await ledger.post('/v1/subjects/d-1/bases', body), 413, 'PAYLOAD_TOO_LARGE');
    expectProblem(await ledger.post('/v1/subjects/d-1/bases', body, null), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses prototype-poisoning keys, naming the field', async () => {
    const rawBody = '{"purpose":"collection","legalBasis":"contract","__proto__":{"admin":true}}';
    const answer = await ledger.request('POST', '/v1/subjects/d-1/bases', { rawBody });
    expectProblem(answer, 400, 'VALIDATION_FAILED');
    expect(answer.body.fields).toEqual([{ field: '__proto__', message: 'is not allowed' }]);
    const broken = await ledger.request('POST', '/v1/subjects/d-1/bases', { rawBody: '{"purpose":' });
    expect(broken.body.fields).toEqual([{ field: 'body', message: 'the body is not valid JSON' }]);
  });

  it('answers an unknown route with a problem', async () => {
    expectProblem(await ledger.get('/v1/nothing-here'), 404, 'NOT_FOUND');
  });

  it('answers a method its path does not take with 405 METHOD_NOT_ALLOWED and the methods it does take in Allow', async () => {
    const cases: [method: string, path: string, allow: string][] = [
      ['DELETE', '/v1/purposes', 'GET, HEAD'],
      ['POST', '/v1/subjects/debtor-405/permissions/collection?at=2026-01-01T00:00:00Z', 'GET, HEAD'],
      ['GET', '/v1/subjects/debtor-405/bases', 'POST'],
      ['PUT', '/v1/permissions/check', 'POST'],
      ['POST', '/console/index.html', 'GET, HEAD'],
    ];
    for (const [method, path, allow] of cases) {
      const answer = await ledger.request(method, path, method === 'GET' ? {} : { body: {} });
      expectProblem(answer, 405, 'METHOD_NOT_ALLOWED');
      expect({ method, path, allow: answer.headers.get('allow') }).toEqual({ method, path, allow });
      expect(answer.body.instance).toBe(path.split('?')[0]);
    }
    // A path no route has stays unknown, whatever the method.
    expectProblem(await ledger.request('DELETE', '/v1/nothing-here'), 404, 'NOT_FOUND');
    const events = await ledger.get('/v1/subjects/debtor-405/events', 'auditor');
    expect(events.body.events).toEqual([]);
  });

  it('serves the OpenAPI document generated from the DTOs', async () => {
    const answer = await fetch(ledger.baseUrl + '/docs-json');
    const document = (await answer.json()) as any;
    expect(document.paths['/v1/subjects/{subjectId}/bases']).toBeDefined();
    expect(document.components.schemas.EstablishBasisDto.properties.legalBasis.enum).toContain('consent');
  });
});
