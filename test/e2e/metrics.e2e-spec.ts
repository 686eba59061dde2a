import { randomUUID } from 'node:crypto';
import { EVENT_STORE, EventStore, StoreUnavailable } from '@ledger/event-store';
import { eventually } from '@ledger/event-store/testing/test-events';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';
import { parseMetrics, Sample, valueOf } from '../support/metrics-scrape';
import { TEST_READ_CACHE_SUBJECTS } from '../support/small-read-cache';

const TOKEN = `scraper-${randomUUID()}`;
const ROLES: RoleName[] = ['system', 'operator', 'dpo', 'auditor'];
const LANE_ROUTE = '/v1/subjects/:subjectId/permissions/:purpose';
const EVIDENCE = 'claim 2026-0042';

describe('GET /metrics (HTTP, SQLite, LEDGER_METRICS_TOKEN set)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ metricsToken: TOKEN });
  });
  afterAll(() => ledger.stop());

  const scrapeWith = (authorization?: string) =>
    fetch(`${ledger.baseUrl}/metrics`, { headers: authorization ? { authorization } : {} });
  async function scrape(): Promise<Sample[]> {
    const answer = await scrapeWith(`Bearer ${TOKEN}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseMetrics(await answer.text());
  }

  it('answers the token alone: no token or a wrong one is 401, an API key of any role 403', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TOKEN}`]) {
      const answer = await scrapeWith(authorization);
      expect({ authorization, status: answer.status }).toEqual({ authorization, status: 401 });
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(((await answer.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    }
    for (const role of ROLES) {
      const answer = await scrapeWith(`Bearer ${secretOf(role)}`);
      const { code } = (await answer.json()) as { code: string };
      expect({ role, status: answer.status, code }).toEqual({
        role,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
    const asKey = await fetch(`${ledger.baseUrl}/v1/purposes`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(asKey.status).toBe(401);
    expect((await scrape()).length).toBeGreaterThan(0);
  });

  it('counts checks, decisions, appends and refusals by route, status, purpose, type and code', async () => {
    const before = await scrape();
    const permitted = `metrics-permitted-${randomUUID()}`;
    const refused = Array.from({ length: 3 }, () => `metrics-refused-${randomUUID()}`);
    expect(
      (await ledger.post(`/v1/subjects/${permitted}/bases`, COLLECTION_CONTRACT, 'operator')).status,
    ).toBe(201);
    for (const subjectId of [permitted, ...refused])
      expect((await ledger.get(`/v1/subjects/${subjectId}/permissions/collection`)).status).toBe(200);
    const batch = [permitted, ...refused].map((subjectId) => ({ subjectId, purpose: 'collection' }));
    expect((await ledger.post('/v1/permissions/check', { checks: batch }, 'system')).status).toBe(200);
    const refusals = [
      await ledger.post(`/v1/subjects/${permitted}/bases`, { purpose: 'collection' }, 'operator'),
      await ledger.post(`/v1/subjects/${permitted}/erasure`, {}, 'operator'),
      await ledger.get(`/v1/subjects/${permitted}/permissions/no-such-purpose`),
      await ledger.get(`/v1/subjects/${permitted}/permissions/collection`, null),
      await ledger.get(`/v1/no-such-route/${permitted}`),
    ];
    expect(refusals.map(({ status }) => status)).toEqual([400, 403, 404, 401, 404]);
    const after = await scrape();

    const grew = (name: string, labels: Record<string, string>) =>
      valueOf(after, name, labels) - valueOf(before, name, labels);
    const requests = 'ledger_http_request_duration_seconds_count';
    expect(grew(requests, { method: 'GET', route: LANE_ROUTE, status: '200' })).toBe(4);
    expect(grew(requests, { method: 'GET', route: LANE_ROUTE, status: '404' })).toBe(1);
    expect(grew(requests, { method: 'GET', route: LANE_ROUTE, status: '401' })).toBe(1);
    expect(grew(requests, { method: 'POST', route: '/v1/permissions/check', status: '200' })).toBe(1);
    expect(grew(requests, { method: 'POST', route: '/v1/subjects/:subjectId/bases', status: '201' })).toBe(1);
    expect(grew(requests, { method: 'POST', route: '/v1/subjects/:subjectId/bases', status: '400' })).toBe(1);
    expect(grew(requests, { method: 'GET', route: '(none)', status: '404' })).toBe(1);
    const lane = { method: 'GET', route: LANE_ROUTE, status: '200' };
    expect(grew('ledger_http_request_duration_seconds_bucket', { ...lane, le: '+Inf' })).toBe(4);
    expect(grew('ledger_http_request_duration_seconds_sum', lane)).toBeGreaterThan(0);

    expect(grew('ledger_decisions_total', { purpose: 'collection', outcome: 'permitted' })).toBe(2);
    expect(grew('ledger_decisions_total', { purpose: 'collection', outcome: 'refused' })).toBe(6);
    expect(grew('ledger_appends_total', { type: 'BasisEstablished' })).toBe(1);
    expect(grew('ledger_refusals_total', { code: 'VALIDATION_FAILED' })).toBe(1);
    expect(grew('ledger_refusals_total', { code: 'FORBIDDEN' })).toBe(1);
    expect(grew('ledger_refusals_total', { code: 'UNKNOWN_PURPOSE' })).toBe(1);
    expect(grew('ledger_refusals_total', { code: 'UNAUTHENTICATED' })).toBe(1);
    expect(grew('ledger_refusals_total', { code: 'NOT_FOUND' })).toBe(1);
    // Scraped at 0 before the first error, so that a rate or an alert sees it.
    const storeErrors = after.filter((sample) => sample.name === 'ledger_store_errors_total');
    expect(storeErrors.map(({ labels, value }) => [labels.source, value])).toEqual([
      ['request', 0],
      ['read-side', 0],
    ]);
    // Eight checks on more subjects than the suites' read side keeps in memory: some read from the store.
    const lookups = ['hit', 'miss'].map((result) => grew('ledger_read_cache_lookups_total', { result }));
    expect(lookups[0] + lookups[1]).toBeGreaterThanOrEqual(8);
    expect(lookups[1]).toBeGreaterThan(0);
    expect(valueOf(after, 'ledger_read_cache_subjects')).toBeLessThanOrEqual(TEST_READ_CACHE_SUBJECTS);

    const ready = await ledger.get('/health/ready', null);
    expect(valueOf(after, 'ledger_read_side_position')).toBe(Number(ready.body.position));
    expect(valueOf(after, 'ledger_read_side_lag_events')).toBe(0);
    expect(valueOf(after, 'ledger_read_side_lag_seconds')).toBe(0);
    for (const processSeries of ['process_cpu_seconds_total', 'nodejs_heap_size_used_bytes'])
      expect(after.some((sample) => sample.name === processSeries)).toBe(true);

    // No label anywhere holds a subject id, a path as sent, or free text.
    const labelValues = after.flatMap((sample) => Object.values(sample.labels));
    for (const personal of [permitted, ...refused, EVIDENCE, 'metrics-', 'no-such'])
      expect(labelValues.filter((value) => value.includes(personal))).toEqual([]);
    expect(labelValues.filter((value) => value.startsWith('/v1/subjects/') && !value.includes(':'))).toEqual(
      [],
    );
  });

  it('keeps the change streams open as a gauge: up while one is read, down once it closes', async () => {
    const open = async () => valueOf(await scrape(), 'ledger_change_streams_open');
    expect(await open()).toBe(0);
    const abort = new AbortController();
    const stream = await fetch(`${ledger.baseUrl}/v1/changes`, {
      headers: { authorization: `Bearer ${secretOf('system')}` },
      signal: abort.signal,
    });
    expect(stream.status).toBe(200);
    const refused = await fetch(`${ledger.baseUrl}/v1/changes?from=999999999`, {
      headers: { authorization: `Bearer ${secretOf('system')}` },
    });
    expect(refused.status).toBe(409);
    expect(await open()).toBe(1);
    abort.abort();
    await stream.body?.cancel().catch(() => undefined);
    for (let i = 0; i < 50 && (await open()) !== 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await open()).toBe(0);
  });

  it('counts the store failing a request and the read side losing it, and cannot tell the lag then', async () => {
    const store = ledger.provider<EventStore>(EVENT_STORE);
    const methods = ['readAll', 'readStream', 'headPosition', 'append', 'findIdempotencyKey'] as const;
    const spies = methods.map((method) =>
      jest.spyOn(store, method).mockRejectedValue(new StoreUnavailable('the store is gone')),
    );
    try {
      const answer = await ledger.post(`/v1/subjects/metrics-${randomUUID()}/bases`, COLLECTION_CONTRACT);
      expect(answer.body.code).toBe('STORE_UNAVAILABLE');
      // The read side's heartbeat finds the store gone within its interval.
      const readSideErrors = async () =>
        valueOf(await scrape(), 'ledger_store_errors_total', { source: 'read-side' });
      await eventually(async () => (await readSideErrors()) > 0);
      const samples = await scrape();
      expect(valueOf(samples, 'ledger_store_errors_total', { source: 'request' })).toBe(1);
      expect(valueOf(samples, 'ledger_refusals_total', { code: 'STORE_UNAVAILABLE' })).toBe(1);
      expect(valueOf(samples, 'ledger_read_side_lag_events')).toBeNaN();
      expect(valueOf(samples, 'ledger_read_side_lag_seconds')).toBeNaN();
    } finally {
      spies.forEach((spy) => spy.mockRestore());
    }
  });
});

describe('GET /metrics (HTTP, SQLite, LEDGER_METRICS_TOKEN unset)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  it('is off: 404 NOT_FOUND to everyone, keys of every role included', async () => {
    for (const role of [null, ...ROLES]) {
      const answer = await ledger.get('/metrics', role);
      expect({ role, status: answer.status, code: answer.body.code }).toEqual({
        role,
        status: 404,
        code: 'NOT_FOUND',
      });
    }
  });
});
