import { randomUUID } from 'node:crypto';
import { COLLECTION_CONTRACT, lifting, NOTICE } from '../support/lawful-bodies';
import { LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';
import { RIGHTS_ROUTES } from './rights-routes';

const ROLES: RoleName[] = ['system', 'operator', 'dpo', 'auditor'];
const ALL = ROLES;
const WRITERS: RoleName[] = ['operator', 'dpo'];
const DPO: RoleName[] = ['dpo'];
const AUDITORS: RoleName[] = ['auditor', 'dpo'];

/** What a route needs to exist before it is called: ids of a basis, an objection and a restriction. */
interface Fixture {
  subjectId: string;
  basisId: string;
  objectionId: string;
  restrictionId: string;
}

/**
 * Every route of the API (contract section 5 and the ledger's additions), who may call it, and a request it answers with success. One
 * table: the role test runs over all of it, and the table must name exactly the routes the API serves.
 */
const ROUTES: {
  route: string;
  roles: RoleName[];
  /** `stream`: an event stream, judged by its status and then left; `method` for a POST without a body. */
  request: (f: Fixture) => { path: string; body?: object; stream?: boolean; method?: 'POST' };
  success: number;
}[] = [
  {
    route: 'GET /v1/subjects/{subjectId}/permissions/{purpose}',
    roles: ALL,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/permissions/collection` }),
    success: 200,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/permissions',
    roles: ALL,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/permissions` }),
    success: 200,
  },
  {
    route: 'POST /v1/permissions/check',
    roles: ALL,
    request: (f) => ({
      path: '/v1/permissions/check',
      body: { checks: [{ subjectId: f.subjectId, purpose: 'collection' }] },
    }),
    success: 200,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/events',
    roles: AUDITORS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/events` }),
    success: 200,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/verification',
    roles: AUDITORS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/verification` }),
    success: 200,
  },
  { route: 'GET /v1/purposes', roles: ALL, request: () => ({ path: '/v1/purposes' }), success: 200 },
  {
    route: 'GET /v1/catalogue/versions',
    roles: ALL,
    request: () => ({ path: '/v1/catalogue/versions' }),
    success: 200,
  },
  { route: 'GET /v1/me', roles: ALL, request: () => ({ path: '/v1/me' }), success: 200 },
  {
    route: 'GET /v1/changes',
    roles: ['system', 'auditor', 'dpo'],
    request: () => ({ path: '/v1/changes', stream: true }),
    success: 200,
  },
  {
    route: 'POST /v1/changes/tokens',
    roles: ['system', 'auditor', 'dpo'],
    request: () => ({ path: '/v1/changes/tokens', method: 'POST' }),
    success: 201,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/history',
    roles: AUDITORS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/history?purpose=collection` }),
    success: 200,
  },
  {
    route: 'GET /v1/subjects/{subjectId}/export',
    roles: AUDITORS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/export` }),
    success: 200,
  },
  {
    route: 'GET /v1/verification',
    roles: AUDITORS,
    request: () => ({ path: '/v1/verification' }),
    success: 200,
  },
  {
    route: 'GET /v1/objections',
    roles: AUDITORS,
    request: () => ({ path: '/v1/objections?status=pending' }),
    success: 200,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/bases',
    roles: WRITERS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/bases`, body: COLLECTION_CONTRACT }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/bases/{basisId}/withdrawal',
    roles: WRITERS,
    request: (f) => ({
      path: `/v1/subjects/${f.subjectId}/bases/${f.basisId}/withdrawal`,
      body: { reason: 'other' },
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/objections',
    roles: WRITERS,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/objections`, body: { purposes: ['collection'] } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/objections/{objectionId}/decision',
    roles: DPO,
    request: (f) => ({
      path: `/v1/subjects/${f.subjectId}/objections/${f.objectionId}/decision`,
      body: { outcome: 'upheld' },
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/objections/{objectionId}/withdrawal',
    roles: WRITERS,
    request: (f) => ({
      path: `/v1/subjects/${f.subjectId}/objections/${f.objectionId}/withdrawal`,
      body: { evidence: 'letter 2026-0117' },
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/restrictions',
    roles: DPO,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/restrictions`, body: { ground: 'legal-claims' } }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/restrictions/{restrictionId}/lifting',
    roles: DPO,
    request: (f) => ({
      path: `/v1/subjects/${f.subjectId}/restrictions/${f.restrictionId}/lifting`,
      body: lifting('claim settled'),
    }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/erasure',
    roles: DPO,
    request: (f) => ({ path: `/v1/subjects/${f.subjectId}/erasure`, body: {} }),
    success: 201,
  },
  {
    route: 'POST /v1/subjects/{subjectId}/notices',
    roles: WRITERS,
    request: (f) => ({
      path: `/v1/subjects/${f.subjectId}/notices`,
      body: { noticeVersion: NOTICE, channel: 'letter' },
    }),
    success: 201,
  },
  // Read with LEDGER_METRICS_TOKEN alone (metrics.e2e-spec.ts): no key, of any role.
  { route: 'GET /metrics', roles: [], request: () => ({ path: '/metrics' }), success: 200 },
];

describe('security (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ metricsToken: 'scraper-token-7f3a9c' });
  });
  afterAll(() => ledger.stop());

  /** A subject of its own for each call, with a basis, an objection and a restriction to refer to. */
  async function fixture(): Promise<Fixture> {
    const subjectId = `sec-${randomUUID()}`;
    const at = `/v1/subjects/${subjectId}`;
    const basis = await ledger.post(`${at}/bases`, COLLECTION_CONTRACT);
    const objection = await ledger.post(`${at}/objections`, { purposes: ['collection'] });
    const restriction = await ledger.post(`${at}/restrictions`, { ground: 'accuracy-contested' });
    return {
      subjectId,
      basisId: basis.body.basisId,
      objectionId: objection.body.objectionId,
      restrictionId: restriction.body.restrictionId,
    };
  }

  /** Opens an event stream, reads the answer's head (and a refusal's body), and closes it. */
  async function openStream(path: string, role: RoleName) {
    const abort = new AbortController();
    const response = await fetch(`${ledger.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${secretOf(role)}` },
      signal: abort.signal,
    });
    const body = response.status === 200 ? undefined : await response.json();
    abort.abort();
    return { status: response.status, headers: response.headers, body: body as any };
  }

  it('has a row in the role table for every route it serves, and a route for every row', async () => {
    const document = (await (await fetch(`${ledger.baseUrl}/docs-json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const served = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/v1/') || path === '/metrics')
      .flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
    // The routes of sections 6 and 7 have their own table, run by rights-roles.e2e-spec.ts.
    expect(served.sort()).toEqual([...ROUTES, ...RIGHTS_ROUTES].map(({ route }) => route).sort());
  });

  describe.each(ROUTES)('$route', ({ roles, request, success }) => {
    it.each(ROLES.map((role) => [role, roles.includes(role)] as const))(
      'as %s: allowed is %s',
      async (role, allowed) => {
        const f = await fixture();
        const { path, body, stream, method = body ? 'POST' : 'GET' } = request(f);
        const answer = stream
          ? await openStream(path, role)
          : await ledger.request(method, path, { role, body });
        if (allowed) {
          expect(answer.status).toBe(success);
        } else {
          expect(answer.status).toBe(403);
          expect(answer.headers.get('content-type')).toContain('application/problem+json');
          expect(answer.body.code).toBe('FORBIDDEN');
          const events = await ledger.get(`/v1/subjects/${f.subjectId}/events`, 'auditor');
          expect(events.body.events).toHaveLength(3);
        }
      },
    );
  });

  it('sends security headers with answers and problems, none of them to be stored by a cache, with a CSP under which the Swagger UI loads', async () => {
    const answers = [
      await ledger.get('/v1/purposes'),
      await ledger.get('/v1/purposes', null),
      await ledger.get('/health/live', null),
    ];
    for (const { headers } of answers) {
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
      expect(headers.get('cache-control')).toBe('no-store');
    }
    const docs = await fetch(`${ledger.baseUrl}/docs`);
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    // Every script of the page is a file of its own, as `script-src 'self'` requires.
    const html = await docs.text();
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g)).toBeNull();
    for (const [, src] of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) {
      const script = await fetch(new URL(src, `${ledger.baseUrl}/docs`));
      await script.arrayBuffer();
      expect(script.status).toBe(200);
    }
  });
});

describe('rate limiting per API key (HTTP, SQLite, LEDGER_RATE_LIMIT=5)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ rateLimit: 5 });
  });
  afterAll(() => ledger.stop());

  it('refuses a key over its budget with 429 RATE_LIMITED and Retry-After, appending nothing; other keys go on', async () => {
    const subjectId = `limited-${randomUUID()}`;
    const basis = COLLECTION_CONTRACT;
    const within = [
      await ledger.get('/v1/purposes', 'operator'),
      await ledger.get(`/v1/subjects/${subjectId}/permissions/collection`, 'operator'),
      ...(await Promise.all(
        [1, 2, 3].map(() => ledger.post(`/v1/subjects/${subjectId}/bases`, basis, 'operator')),
      )),
    ];
    expect(within.map((answer) => answer.status)).toEqual([200, 200, 201, 201, 201]);

    const over = await ledger.post(`/v1/subjects/${subjectId}/bases`, basis, 'operator');
    expect(over.status).toBe(429);
    expect(over.headers.get('content-type')).toContain('application/problem+json');
    expect(over.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await ledger.get('/v1/purposes', 'operator')).status).toBe(429);

    const events = await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor');
    expect(events.body.events).toHaveLength(3);
    expect((await ledger.get('/v1/purposes', 'dpo')).status).toBe(200);
    for (let i = 0; i < 8; i++) expect((await ledger.get('/health/ready', null)).status).toBe(200);
  });
});

describe('rate limiting by role (HTTP, SQLite, LEDGER_RATE_LIMIT=5, LEDGER_RATE_LIMIT_SYSTEM unset)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ rateLimit: 5 });
  });
  afterAll(() => ledger.stop());

  it('does not limit a system key at a rate that stops an operator key', async () => {
    const check = (role: RoleName) =>
      ledger.get(`/v1/subjects/sys-${randomUUID()}/permissions/collection`, role);
    const operator = [];
    for (let i = 0; i < 8; i++) operator.push((await check('operator')).status);
    expect(operator).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);

    const batch = { checks: [{ subjectId: 'sys-batch', purpose: 'collection' }] };
    const system = await Promise.all([
      ...Array.from({ length: 40 }, () => check('system')),
      ...Array.from({ length: 10 }, () => ledger.post('/v1/permissions/check', batch, 'system')),
    ]);
    expect(new Set(system.map((answer) => answer.status))).toEqual(new Set([200]));
    expect(system[0].headers.get('x-ratelimit-limit')).toBeNull();
  });
});

describe('rate limiting of system keys (HTTP, SQLite, LEDGER_RATE_LIMIT_SYSTEM=3)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ rateLimit: 0, systemRateLimit: 3 });
  });
  afterAll(() => ledger.stop());

  it('limits system keys by their own budget when one is set, and the other roles by theirs', async () => {
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await ledger.get('/v1/purposes', 'system')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    for (let i = 0; i < 5; i++) expect((await ledger.get('/v1/purposes', 'operator')).status).toBe(200);
  });
});
