import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import {
  authorization,
  batch,
  commands,
  contentType,
  defined,
  encode,
  idempotencyKey,
  ifMatch,
  queries,
  Route,
  SUBJECTS,
  wire,
} from '../support/hostile-requests';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { RawAnswer, RawRequest, send, sendBytes } from '../support/raw-http';

/**
 * Property-based fuzzing of every route, body, path, query and header the API reads
 * (`test/support/hostile-requests.ts`). Whatever arrives, the ledger never answers 500 and never falls
 * over; every refusal is a problem with a code; a refused request appends nothing (rows counted in the
 * SQLite file itself).
 */
describe('hostile input (HTTP, SQLite): never a 500, always a problem, a refusal appends nothing', () => {
  let ledger: LedgerHarness;
  let db: Database.Database;
  /** What `@` stands for under each collection (bases, objections, restrictions), per subject. */
  const refs = new Map<string, Record<string, string>>();
  const storedRows = () => db.prepare('SELECT count(*) FROM events').pluck().get() as number;
  const statuses = new Map<number, number>();

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    db = new Database(join(ledger.dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
    for (const subjectId of SUBJECTS) {
      const path = `/v1/subjects/${subjectId}`;
      const basis = await ledger.post(`${path}/bases`, COLLECTION_CONTRACT);
      const objection = await ledger.post(`${path}/objections`, { purposes: ['collection'] });
      const restriction = await ledger.post(`${path}/restrictions`, { ground: 'accuracy-contested' });
      const created = [basis, objection, restriction].map((answer) => answer.status);
      if (created.some((status) => status !== 201)) throw new Error(`the fixture was refused: ${created}`);
      refs.set(subjectId, {
        bases: basis.body.basisId,
        objections: objection.body.objectionId,
        restrictions: restriction.body.restrictionId,
      });
    }
  });
  afterAll(async () => {
    db.close();
    await ledger.stop();
  });

  function pathOf(route: Route, subjectId: string, ref: string): string {
    const known = refs.get(subjectId) ?? refs.get(SUBJECTS[0])!;
    const [collection] = route.split('/');
    return `/v1/subjects/${subjectId}/${route.replace('@', () => (ref === '@' ? known[collection] : ref))}`;
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

  it('answers requests that never reach a route as problems too, with the headers of every answer', async () => {
    const headers = { 'x-filler': 'x'.repeat(20_000) };
    const tooLarge = await judge({ method: 'GET', path: '/v1/purposes', headers });
    expect(JSON.parse(tooLarge.text)).toMatchObject({ status: 431, code: 'HEADERS_TOO_LARGE' });
    const badPath = await judge({ method: 'GET', path: '/v1/subjects/%E0%A4%A/permissions/collection' });
    expect(JSON.parse(badPath.text)).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(badPath.headers['x-request-id']).toEqual(expect.any(String));
    for (const answer of [tooLarge, badPath]) {
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
    const garbled = await sendBytes(ledger.baseUrl, 'GET /v1/purposes HTTP/1.1\r\nHost: x\r\nBroken\r\n\r\n');
    expect(garbled).toMatch(/^HTTP\/1\.1 400 .*content-type: application\/problem\+json/is);
    expect(garbled).toMatch(/\r\ncache-control: no-store\r\n/i);
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
