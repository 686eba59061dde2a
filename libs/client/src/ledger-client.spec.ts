import { LedgerClient } from './ledger-client';
import { LedgerError } from './ledger-error';
import { path } from './paths';
import { backoffMs, DEFAULT_RETRY, retryAfterMs } from './retry';
import { WrittenPosition } from './written-position';

/** A fetch that answers from a script, one entry per call, and records what it was asked. */
function scripted(...answers: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers.shift();
    if (!next) throw new Error('no more scripted answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem = (status: number, code: string, extra: object = {}) =>
  json(status, {
    type: `urn:basis-ledger:problem:${code}`,
    title: 't',
    status,
    detail: `${code} detail`,
    code,
    ...extra,
  });
const answer = {
  subjectId: 's',
  eventId: 'e',
  type: 'BasisEstablished',
  revision: 0,
  position: '7',
  basisId: 'b',
};
const body = { purpose: 'collection', legalBasis: 'contract' } as const;
const fast = { baseDelayMs: 1, maxDelayMs: 5 };
const header = (init: RequestInit, name: string) => (init.headers as Record<string, string>)[name];

describe('LedgerClient over a scripted fetch', () => {
  it('command_WhenTheConnectionFailsOr503Or429_RetriesWithTheSameIdempotencyKey', async () => {
    const { fetch, calls } = scripted(
      new TypeError('fetch failed'),
      problem(503, 'NOT_CAUGHT_UP'),
      problem(429, 'RATE_LIMITED', {}),
      json(201, answer),
    );
    const client = new LedgerClient({ baseUrl: 'http://ledger/', apiKey: 'k', fetch, retry: fast });
    await expect(client.establishBasis('s', body)).resolves.toEqual(answer);
    const keys = calls.map((call) => header(call.init, 'idempotency-key'));
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(calls[0].url).toBe('http://ledger/v1/subjects/s/bases');
  });

  it('withdrawObjection_PostsTheWithdrawalOfTheObjection', async () => {
    const { fetch, calls } = scripted(json(201, { ...answer, type: 'ObjectionWithdrawn' }));
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    await client.withdrawObjection('s', 'o/1', { evidence: 'letter of 3 December' });
    expect(calls[0].url).toBe('http://ledger/v1/subjects/s/objections/o%2F1/withdrawal');
    expect(JSON.parse(calls[0].init.body as string)).toEqual({ evidence: 'letter of 3 December' });
  });

  it('purposes_AsOf_AsksForTheCatalogueInForceThen_AndCatalogueVersionsListsTheAdoptions', async () => {
    const { fetch, calls } = scripted(json(200, { purposes: [] }), json(200, { versions: [] }));
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    await client.purposes({ asOf: '2026-06-01T00:00:00.000Z' });
    await expect(client.catalogueVersions()).resolves.toEqual({ versions: [] });
    expect(calls.map((call) => call.url)).toEqual([
      'http://ledger/v1/purposes?asOf=2026-06-01T00%3A00%3A00.000Z',
      'http://ledger/v1/catalogue/versions',
    ]);
  });

  it('command_EachCall_GetsItsOwnIdempotencyKey', async () => {
    const { fetch, calls } = scripted(json(201, answer), json(201, answer));
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch });
    await client.establishBasis('s', body);
    await client.establishBasis('s', body);
    expect(header(calls[0].init, 'idempotency-key')).not.toBe(header(calls[1].init, 'idempotency-key'));
  });

  it.each([
    [400, 'VALIDATION_FAILED'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'ALREADY_WITHDRAWN'],
    [422, 'BASIS_NOT_ALLOWED'],
  ])('command_WhenRefused%s_ThrowsLedgerErrorWithoutRetrying', async (status, code) => {
    const fields = [{ field: 'legalBasis', message: 'bad' }];
    const { fetch, calls } = scripted(problem(status, code, { fields }));
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    const error: LedgerError = await client.establishBasis('s', body).catch((e) => e);
    expect(error).toBeInstanceOf(LedgerError);
    expect(error).toMatchObject({ status, code, detail: `${code} detail`, fields });
    expect(error.message).toBe(`${status} ${code}: ${code} detail (legalBasis: bad)`);
    expect(calls).toHaveLength(1);
  });

  it('read_WhenTheAnswerIsNotAProblem_ThrowsUnexpectedResponse', async () => {
    const { fetch } = scripted(new Response('<html>bad gateway</html>', { status: 502 }));
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch });
    await expect(client.check('s', 'collection')).rejects.toMatchObject({
      status: 502,
      code: 'UNEXPECTED_RESPONSE',
    });
  });

  it('read_WhenEveryTryFails_GivesUpAfterTheAttemptsAllowed', async () => {
    const { fetch, calls } = scripted(...Array.from({ length: 5 }, () => problem(503, 'STORE_UNAVAILABLE')));
    const client = new LedgerClient({
      baseUrl: 'http://ledger',
      apiKey: 'k',
      fetch,
      retry: { ...fast, attempts: 3 },
    });
    await expect(client.check('s', 'collection')).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(calls).toHaveLength(3);
  });

  it('read_When503NamesRetryAfter_WaitsThatLong', async () => {
    const { fetch } = scripted(
      json(503, { code: 'NOT_CAUGHT_UP', detail: 'd', status: 503 }, { 'retry-after': '1' }),
      json(200, {}),
    );
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    const started = Date.now();
    await client.check('s', 'collection');
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('read_WhenRetryAfterIsLongerThanAllowed_ThrowsAtOnce', async () => {
    const { fetch, calls } = scripted(
      json(429, { code: 'RATE_LIMITED', detail: 'd' }, { 'retry-after': '120' }),
    );
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    await expect(client.check('s', 'collection')).rejects.toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
    });
    expect(calls).toHaveLength(1);
  });

  it('read_AfterAWrite_AsksForAtLeastThePositionWritten', async () => {
    const { fetch, calls } = scripted(
      json(201, { ...answer, position: '10' }),
      json(201, { ...answer, position: '9' }),
      json(200, {}),
      json(200, { position: '12', results: [] }),
    );
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch });
    await client.establishBasis('s', body);
    await client.establishBasis('s', body);
    await client.check('debtor/1', 'collection', { categories: ['naw', 'email'] });
    await client.checkMany([{ subjectId: 's', purpose: 'collection' }], { minPosition: '11' });
    expect(client.position).toBe('10');
    expect(calls[2].url).toBe(
      'http://ledger/v1/subjects/debtor%2F1/permissions/collection?minPosition=10&categories=naw%2Cemail',
    );
    expect(JSON.parse(calls[3].init.body as string)).toEqual({
      minPosition: '11',
      checks: [{ subjectId: 's', purpose: 'collection' }],
    });
  });

  it('changes_FromAPositionBeyondTheHead_StartsAgainAtTheHeadTheLedgerNames', async () => {
    const change = {
      position: '43',
      subjectId: 's',
      eventId: 'e',
      type: 'BasisEstablished',
      at: 't',
      changes: [],
    };
    const { fetch, calls } = scripted(
      problem(409, 'POSITION_BEYOND_HEAD', { headPosition: '42' }),
      new Response(
        `event: position\nid: 42\ndata: {"position":"42"}\n\nid: 43\ndata: ${JSON.stringify(change)}\n\n`,
        {
          status: 200,
          headers: { 'content-type': 'text/event-stream' },
        },
      ),
    );
    const client = new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch, retry: fast });
    const received = [];
    for await (const message of client.changes({ from: '9000' })) {
      received.push(message);
      break;
    }
    expect(received).toEqual([change]);
    expect(calls.map((call) => header(call.init, 'last-event-id'))).toEqual(['9000', '42']);
  });
});

describe('client helpers', () => {
  it('backoffMs_GrowsExponentiallyUpToTheCap_WithFullJitter', () => {
    const options = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    expect([1, 2, 3, 4, 5].map((retry) => backoffMs(retry, options, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999,
    ]);
    expect(backoffMs(3, options, () => 0)).toBe(0);
  });

  it('retryAfterMs_ReadsSecondsAndHttpDates', () => {
    const now = Date.parse('2026-11-24T10:00:00.000Z');
    expect(retryAfterMs('3', now)).toBe(3000);
    expect(retryAfterMs('Tue, 24 Nov 2026 10:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs(null, now)).toBeNull();
  });

  it('WrittenPosition_KeepsTheHighestByValue', () => {
    const written = new WrittenPosition();
    expect(written.atLeast(undefined)).toBeUndefined();
    written.remember('9');
    written.remember('10');
    written.remember('8');
    expect(written.value).toBe('10');
    expect(written.atLeast('3')).toBe('10');
    expect(written.atLeast('11')).toBe('11');
  });

  it('path_EncodesEveryInterpolatedPart', () => {
    expect(path`/v1/subjects/${'a/b?c=d#e'}/permissions/${'collection'}`).toBe(
      '/v1/subjects/a%2Fb%3Fc%3Dd%23e/permissions/collection',
    );
  });
});
