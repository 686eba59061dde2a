import { join } from 'node:path';
import { LEGAL_BASES, OBJECTION_CHANNELS, RESTRICTION_GROUNDS, WITHDRAWAL_REASONS } from '@ledger/domain';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';
import { RawAnswer, RawRequest, send, sendBytes } from '../support/raw-http';

/**
 * Property-based fuzzing of every route, body, path, query and header the API reads. Each part of a request
 * is mostly sensible and sometimes hostile, so requests get past the first check often enough to reach the
 * later ones. Whatever arrives, the ledger never answers 500 and never falls over; every refusal is a
 * problem with a code; a refused request appends nothing (rows counted in the SQLite file itself).
 */

const SUBJECTS = ['fz-1', 'fz-2', 'fz-3'];
const PURPOSES = ['collection', 'prospect-contact', 'fiscal-retention', 'legal-claims', 'call-recording'];
const TIMES = ['2026-01-10T09:00:00.000Z', '2026-01-12T09:00:00+01:00', '2026-03-01T00:00:00.000Z'];

/** Mostly `sensible`, sometimes `hostile`: each part of a request on its own, so some requests are all sensible. */
const mostly = <T, U>(sensible: fc.Arbitrary<T>, hostile: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 12, arbitrary: sensible }, { weight: 1, arbitrary: hostile });

/** Values of every JSON type, including those no field expects. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', ' ', '\u0000', '\ud800', 'x'.repeat(5000), [], {}),
);

/** Times no caller may send: year 0 and 10000, NaN-like, impossible days and hours, no zone. */
const hostileTime = fc.constantFrom(
  '0000-01-01T00:00:00.000Z',
  '10000-01-01T00:00:00.000Z',
  '+010000-01-01T00:00:00.000Z',
  '-000001-01-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '9999-12-31T23:59:59.999-01:00',
  'NaN',
  'Infinity',
  'Invalid Date',
  '2026-02-30T00:00:00Z',
  '2026-01-01T24:00:00Z',
  '2026-01-01T00:00:60Z',
  '2026-01-01T00:00:00+24:00',
  '2026-01-01',
  '2026-01-01T00:00:00',
  '2026-01-01T00:00:00.1234567890123Z',
  '',
);
const time = mostly(fc.constantFrom(...TIMES), fc.oneof(hostileTime, junk));
const oneOf = (values: readonly string[], wrong: string) =>
  mostly(fc.constantFrom(...values), fc.oneof(fc.constant(wrong), junk));
const purpose = mostly(
  fc.constantFrom(...PURPOSES),
  fc.oneof(fc.constantFrom('toString', '__proto__'), junk),
);
const purposes = mostly(fc.subarray(PURPOSES, { minLength: 1 }), fc.oneof(fc.array(purpose), junk));
const freeText = mostly(fc.string({ maxLength: 40 }), fc.oneof(fc.constant('x'.repeat(4001)), junk));

/**
 * An object with some of `fields`, and now and then a key the API does not know, `__proto__` and
 * `constructor` among them. Built through JSON.parse so that such keys are real keys, as a parser makes them.
 */
function hostileObject(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const unknownKeys = fc.dictionary(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'colour', 'subjectId', 'revision'),
    junk,
    { minKeys: 1, maxKeys: 2 },
  );
  return fc
    .tuple(fc.record(fields, { requiredKeys: [] }), mostly(fc.constant({}), unknownKeys))
    .map(([known, unknown]) => {
      const entries = [...Object.entries(known), ...Object.entries(unknown)];
      const text = entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
      return JSON.parse(`{${text.join(',')}}`);
    });
}

/** Path segments: traversal, encoded slashes, NUL, bad percent-encoding, over-long, prototype names. */
const hostileSegment = fc.oneof(
  fc.constantFrom(
    '..%2F..%2Fetc%2Fpasswd',
    '..',
    '%2e%2e',
    'a%2Fb',
    'a%5Cb',
    '%00',
    'a%00b',
    '%ZZ',
    '%',
    '%C3%28',
    '%E2%82',
    'x'.repeat(129),
    'x'.repeat(600),
    '%F0%9F%92%A9',
    'constructor',
    '__proto__',
  ),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);
const subject = mostly(fc.constantFrom(...SUBJECTS), hostileSegment);
/** `@` stands for the id the route refers to, created on the subject before the run. */
const reference = mostly(fc.constant('@'), hostileSegment);

type Route = 'bases' | 'withdrawal' | 'objections' | 'decision' | 'restrictions' | 'lifting' | 'erasure';
const command = (route: Route, body: fc.Arbitrary<Record<string, unknown>>, subjectId = subject) =>
  fc.record({ route: fc.constant(route), subjectId, ref: reference, body });
/** Erasures go to subjects of their own: an erased subject refuses everything after with one answer. */
const erasable = mostly(
  fc.nat(9999).map((n) => `fz-gone-${n}`),
  hostileSegment,
);

const commands = fc.oneof(
  command(
    'bases',
    hostileObject({
      purpose,
      legalBasis: oneOf(LEGAL_BASES, 'gut-feeling'),
      evidence: freeText,
      validFrom: time,
      validUntil: time,
      occurredAt: time,
    }),
  ),
  command(
    'withdrawal',
    hostileObject({ reason: oneOf(WITHDRAWAL_REASONS, 'because'), note: freeText, occurredAt: time }),
  ),
  command(
    'objections',
    hostileObject({
      purposes,
      grounds: freeText,
      channel: oneOf(OBJECTION_CHANNELS, 'pigeon'),
      occurredAt: time,
    }),
  ),
  command(
    'decision',
    hostileObject({
      outcome: oneOf(['upheld', 'overridden'], 'maybe'),
      motivation: freeText,
      occurredAt: time,
    }),
  ),
  command(
    'restrictions',
    hostileObject({
      ground: oneOf(RESTRICTION_GROUNDS, 'whim'),
      purposes,
      dataCategories: mostly(fc.constant(['naw']), fc.oneof(fc.array(fc.string()), junk)),
      note: freeText,
      occurredAt: time,
    }),
  ),
  command('lifting', hostileObject({ reason: freeText, occurredAt: time })),
  command('erasure', hostileObject({ retain: purposes, note: freeText, occurredAt: time }), erasable),
);

const batch = hostileObject({
  checks: mostly(
    fc.array(
      hostileObject({
        subjectId: mostly(fc.constantFrom(...SUBJECTS), junk),
        purpose,
        categories: mostly(fc.constant(['naw']), junk),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    junk,
  ),
  at: time,
  asOf: time,
  minPosition: mostly(
    fc.constantFrom('0', '1'),
    fc.oneof(fc.constantFrom('00', '-1', '1e3', '9'.repeat(31)), junk),
  ),
});

/** How the body goes on the wire: JSON, bytes that are not UTF-8, cut short, too big, too deep, nothing. */
const wire = mostly(
  fc.constant('json'),
  fc.constantFrom('invalid-utf8', 'truncated', 'oversized', 'deep', 'empty'),
);
function encode(body: unknown, how: string): string | Buffer {
  const json = JSON.stringify(body);
  switch (how) {
    case 'invalid-utf8':
      return Buffer.concat([
        Buffer.from('{"note":"'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('"}'),
      ]);
    case 'truncated':
      return json.slice(0, Math.max(1, json.length >> 1));
    case 'oversized':
      return json.replace(/^\{/, `{"evidence":"${'x'.repeat(70_000)}",`);
    case 'deep':
      return '{"checks":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}';
    case 'empty':
      return '';
    default:
      return json;
  }
}

/** The DPO may send every command, so it comes most often; the other roles are refused some. */
const ROLES: RoleName[] = ['dpo', 'dpo', 'dpo', 'operator', 'system', 'auditor'];
const authorization = mostly(
  fc.constantFrom(...ROLES).map((role): string | string[] => `Bearer ${secretOf(role)}`),
  fc.constantFrom<string | string[]>(
    'Basic ZHBvOmRwby1zZWNyZXQ=',
    'Bearer',
    'Bearer ',
    `Bearer ${secretOf('dpo')} extra`,
    `Bearer ${secretOf('dpo')}x`,
    `Bearer ${secretOf('dpo').slice(0, -1)}`,
    secretOf('dpo'),
    `Bearer ${'x'.repeat(8000)}`,
    `Bearer ${secretOf('dpo')}\u00e9`,
    [`Bearer ${secretOf('dpo')}`, `Bearer ${secretOf('system')}`],
  ),
);
const absentOr = <T>(present: fc.Arbitrary<T>) => mostly(fc.constant(undefined), present);
const idempotencyKey = absentOr(
  fc.oneof(
    fc.stringMatching(/^[\x21-\x7e]{1,40}$/),
    fc.constantFrom<string | string[]>(
      'k'.repeat(256),
      'k'.repeat(12_000),
      ['same', 'same'],
      ['a', 'b'],
      ' ',
      'caf\u00e9',
    ),
  ),
);
const ifMatch = absentOr(
  fc.constantFrom<string | string[]>(
    '"-1"',
    '"0"',
    '"1"',
    '0',
    '"abc"',
    '"-2"',
    '"01"',
    'W/"1"',
    '*',
    '"99999999999999999999"',
    ['"0"', '"1"'],
  ),
);
const contentType = mostly(
  fc.constant('application/json'),
  fc.constantFrom(
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    undefined,
  ),
);

/** Query strings: the known parameters with hostile values, repeated, prototype keys, bracket syntax. */
const query = fc
  .array(
    fc.tuple(
      mostly(
        fc.constantFrom('at', 'asOf', 'minPosition', 'categories'),
        fc.constantFrom('__proto__', 'constructor', 'colour', 'at[]', 'a[b][c]'),
      ),
      mostly(fc.constantFrom(...TIMES, 'naw', 'naw,payments', '0'), fc.oneof(hostileTime, fc.string())),
    ),
    { maxLength: 3 },
  )
  .map((pairs) =>
    pairs.length ? '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '',
  );

/** The text of a value for a path: lone surrogates made U+FFFD, as a client encoding UTF-8 would. */
const wellFormed = (value: unknown) => Buffer.from(String(value)).toString();

const queries = fc.oneof(
  fc
    .tuple(subject, purpose, query)
    .map(([s, p, q]) => `/v1/subjects/${s}/permissions/${encodeURIComponent(wellFormed(p))}${q}`),
  fc.tuple(subject, query).map(([s, q]) => `/v1/subjects/${s}/permissions${q}`),
  fc.tuple(subject, query).map(([s, q]) => `/v1/subjects/${s}/events${q}`),
  subject.map((s) => `/v1/subjects/${s}/verification`),
  query.map((q) => `/v1/purposes${q}`),
);

const defined = (headers: Record<string, string | string[] | undefined>) =>
  Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | string[]
  >;

describe('hostile input (HTTP, SQLite): never a 500, always a problem, a refusal appends nothing', () => {
  let ledger: LedgerHarness;
  let db: Database.Database;
  /** What `@` stands for in each route, per subject. */
  const refs = new Map<string, Record<string, string>>();
  const storedRows = () => db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    db = new Database(join(ledger.dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
    for (const subjectId of SUBJECTS) {
      const path = `/v1/subjects/${subjectId}`;
      const basis = await ledger.post(`${path}/bases`, { purpose: 'collection', legalBasis: 'contract' });
      const objection = await ledger.post(`${path}/objections`, { purposes: ['collection'] });
      const restriction = await ledger.post(`${path}/restrictions`, { ground: 'accuracy-contested' });
      refs.set(subjectId, {
        withdrawal: `bases/${basis.body.basisId}`,
        decision: `objections/${objection.body.objectionId}`,
        lifting: `restrictions/${restriction.body.restrictionId}`,
      });
    }
  });
  afterAll(async () => {
    db.close();
    await ledger.stop();
  });

  function pathOf(route: Route, subjectId: string, ref: string): string {
    const known = refs.get(subjectId) ?? refs.get(SUBJECTS[0])!;
    if (!(route in known)) return `/v1/subjects/${subjectId}/${route}`;
    const [collection, id] = known[route].split('/');
    return `/v1/subjects/${subjectId}/${collection}/${ref === '@' ? id : ref}/${route}`;
  }

  /** Sends one request and holds the ledger to its promises about it; a broken one names the request. */
  async function judge(request: RawRequest): Promise<RawAnswer> {
    const before = storedRows();
    const answer = await send(ledger.baseUrl, request);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    const broken = (promise: string) =>
      new Error(
        `${promise}: ${request.method} ${request.path.slice(0, 200)} -> ${answer.status} ${answer.text.slice(0, 300)}`,
      );
    if (answer.status >= 500) throw broken('no 500');
    if (answer.status >= 400) {
      if (!/^application\/problem\+json/.test(String(answer.headers['content-type']))) {
        throw broken('a refusal is application/problem+json');
      }
      const problem = JSON.parse(answer.text);
      const complete =
        problem.status === answer.status &&
        /^[A-Z_]+$/.test(problem.code) &&
        [problem.type, problem.title, problem.detail].every((field) => typeof field === 'string');
      if (!complete) throw broken('a problem has type, title, status, detail and code');
    }
    const appended = storedRows() - before;
    if (appended !== (answer.status === 201 ? 1 : 0))
      throw broken(`one event per 201, none else (${appended})`);
    return answer;
  }

  it('survives fuzzed commands: every body, path and header', async () => {
    await fc.assert(
      fc.asyncProperty(
        commands,
        wire,
        authorization,
        idempotencyKey,
        ifMatch,
        contentType,
        async ({ route, subjectId, ref, body }, how, auth, key, match, type) => {
          await judge({
            method: 'POST',
            path: pathOf(route, subjectId, ref),
            headers: defined({
              authorization: auth,
              'idempotency-key': key,
              'if-match': match,
              'content-type': type,
            }),
            body: encode(body, how),
          });
        },
      ),
      { numRuns: 600 },
    );
  });

  it('survives fuzzed batch checks', async () => {
    await fc.assert(
      fc.asyncProperty(batch, wire, authorization, contentType, async (body, how, auth, type) => {
        await judge({
          method: 'POST',
          path: '/v1/permissions/check',
          headers: defined({ authorization: auth, 'content-type': type }),
          body: encode(body, how),
        });
      }),
      { numRuns: 200 },
    );
  });

  it('survives fuzzed queries: every path, query string and header', async () => {
    await fc.assert(
      fc.asyncProperty(queries, authorization, async (path, auth) => {
        await judge({ method: 'GET', path, headers: defined({ authorization: auth }) });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses huge batches whole, and reads a full one', async () => {
    const check = { subjectId: 'fz-1', purpose: 'collection' };
    const post = (body: unknown) =>
      judge({
        method: 'POST',
        path: '/v1/permissions/check',
        headers: { authorization: `Bearer ${secretOf('dpo')}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const full = await post({ checks: Array(1000).fill(check) });
    expect(JSON.parse(full.text).results).toHaveLength(1000);
    expect(JSON.parse((await post({ checks: Array(1001).fill(check) })).text)).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(JSON.parse((await post({ checks: Array(100_000).fill(0) })).text)).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
  });

  it('answers requests that never reach a route as problems too', async () => {
    const headers = { 'x-filler': 'x'.repeat(20_000) };
    const tooLarge = await judge({ method: 'GET', path: '/v1/purposes', headers });
    expect(JSON.parse(tooLarge.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
    const garbled = await sendBytes(ledger.baseUrl, 'GET /v1/purposes HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n');
    expect(garbled).toMatch(/^HTTP\/1\.1 400 .*content-type: application\/problem\+json/is);
    const tlsHello = Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0x01, 0x0d, 0x0a, 0x0d, 0x0a]);
    expect(await sendBytes(ledger.baseUrl, tlsHello)).toMatch(
      /^HTTP\/1\.1 400 .*"code":"VALIDATION_FAILED"/is,
    );
  });

  it('is still alive afterwards, every chain intact, having answered every kind of status', async () => {
    expect((await ledger.get('/health/ready', null)).status).toBe(200);
    for (const subjectId of SUBJECTS) {
      const { body } = await ledger.get(`/v1/subjects/${subjectId}/verification`, 'auditor');
      expect(body).toMatchObject({ valid: true });
    }
    // The fuzzing reached the ledger's own judgement, not only the first check at the door.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 201, 400, 401, 403, 409, 413, 422]));
  });
});
