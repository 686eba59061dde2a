import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CONSOLE_DIR } from '../support/console';
import { LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';
import { RawAnswer, send } from '../support/raw-http';

/**
 * Requests that mean something else than they seem, each answered as a refusal that names what is wrong
 * instead of being taken half-read: keys every object inherits, a key given twice, a body that is not exactly
 * JSON, free text that UTF-8 cannot hold, and paths outside the console's files. A refusal appends nothing
 * (rows counted in the SQLite file itself).
 */
describe('strict requests (HTTP, SQLite): nothing is dropped, picked or altered silently', () => {
  let ledger: LedgerHarness;
  let db: Database.Database;
  const storedRows = () => db.prepare('SELECT count(*) FROM events').pluck().get() as number;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    db = new Database(join(ledger.dataDir, 'ledger.sqlite'), { readonly: true, fileMustExist: true });
  });
  afterAll(async () => {
    db.close();
    await ledger.stop();
  });

  /** Posts `body` as it is written, and holds the ledger to appending nothing unless it answers 201. */
  async function post(
    path: string,
    body: string,
    options: { role?: RoleName | null; contentType?: string | null; headers?: Record<string, string> } = {},
  ): Promise<{ status: number; problem: any }> {
    const { role = 'dpo', contentType = 'application/json' } = options;
    const headers: Record<string, string> = { ...options.headers };
    if (role) headers.authorization = `Bearer ${secretOf(role)}`;
    if (contentType !== null) headers['content-type'] = contentType;
    const before = storedRows();
    const answer = await send(ledger.baseUrl, { method: 'POST', path, headers, body });
    expect(storedRows() - before).toBe(answer.status === 201 ? 1 : 0);
    return { status: answer.status, problem: JSON.parse(answer.text) };
  }
  const refusedField = (field: string) => ({
    status: 400,
    problem: expect.objectContaining({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ field })],
    }),
  });

  it.each(['toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf', 'toLocaleString'])(
    'refuses a body or query key %s that every object inherits, by name, as an unknown field',
    async (key) => {
      const objection = `{"purposes":["collection"],"${key}":"x"}`;
      expect(await post('/v1/subjects/inherited-1/objections', objection)).toEqual(refusedField(key));
      const nested = `{"checks":[{"subjectId":"inherited-1","purpose":"collection","${key}":1}]}`;
      expect(await post('/v1/permissions/check', nested)).toEqual(refusedField(`checks[0].${key}`));
      const query = await ledger.get(`/v1/subjects/inherited-1/permissions/collection?${key}=1`);
      expect(query).toMatchObject({ status: 400, body: { fields: [{ field: key }] } });
    },
  );

  it('refuses a key given twice in one object, in commands and checks alike, naming it', async () => {
    const twice = '{"purposes":["collection"],"grounds":"a","purposes":["statistics"]}';
    expect(await post('/v1/subjects/twice-1/objections', twice)).toEqual(refusedField('purposes'));
    const check =
      '{"checks":[{"subjectId":"a","purpose":"collection"},{"subjectId":"a","purpose":"x","purpose":"y"}]}';
    expect(await post('/v1/permissions/check', check)).toEqual(refusedField('checks[1].purpose'));
    const escaped = '{"purpose":"collection","legalBasis":"contract","evidence":"e","\\u0065vidence":"f"}';
    expect(await post('/v1/subjects/twice-1/bases', escaped)).toEqual(refusedField('evidence'));
  });

  const notJson = [
    ['text/plain'],
    ['application/x-www-form-urlencoded'],
    ['application/json; charset=latin1'],
    ['application/json; boundary=x'],
    ['application/json, text/plain'],
    ['text/'],
    [';;;'],
    [''],
    [null],
  ] as const;

  it.each(notJson)(
    'judges a body of Content-Type %p after the key and its role, then as 415 UNSUPPORTED_MEDIA_TYPE',
    async (contentType) => {
      const body = '{"purposes":["collection"]}';
      const path = '/v1/subjects/media-1/restrictions';
      expect(await post(path, body, { contentType, role: null })).toMatchObject({
        status: 401,
        problem: { code: 'UNAUTHENTICATED' },
      });
      expect(await post(path, body, { contentType, role: 'operator' })).toMatchObject({
        status: 403,
        problem: { code: 'FORBIDDEN' },
      });
      expect(await post(path, body, { contentType })).toMatchObject({
        status: 415,
        problem: { code: 'UNSUPPORTED_MEDIA_TYPE', fields: [{ field: 'content-type' }] },
      });
    },
  );

  it.each(['gzip', 'br, identity', 'x-unknown'])(
    'judges a JSON body sent with Content-Encoding %p after the key, as 415 naming the coding, not as its bytes',
    async (coding) => {
      const body = '{"ground":"accuracy-contested"}';
      const path = '/v1/subjects/media-3/restrictions';
      const headers = { 'content-encoding': coding };
      expect(await post(path, body, { headers, role: null })).toMatchObject({ status: 401 });
      expect(await post(path, body, { headers })).toMatchObject({
        status: 415,
        problem: { code: 'UNSUPPORTED_MEDIA_TYPE', fields: [{ field: 'content-encoding' }] },
      });
      expect(await post(path, body, { headers: { 'content-encoding': 'identity' } })).toMatchObject({
        status: 201,
      });
    },
  );

  it.each(['application/json', 'Application/JSON; charset="UTF-8"'])('takes a body of %p', async (type) => {
    const body = '{"ground":"accuracy-contested"}';
    expect(await post('/v1/subjects/media-2/restrictions', body, { contentType: type })).toMatchObject({
      status: 201,
    });
  });

  it('says a field left out is required, once, rather than every rule its absence breaks', async () => {
    const basis = '{"legalBasis":"contract","evidence":"contract 2026-001"}';
    expect(await post('/v1/subjects/missing-1/bases', basis)).toMatchObject({
      status: 400,
      problem: { fields: [{ field: 'purpose', message: 'purpose is required' }] },
    });
    const check = '{"checks":[{"subjectId":"missing-1"}]}';
    expect(await post('/v1/permissions/check', check, { role: 'system' })).toMatchObject({
      status: 400,
      problem: { fields: [{ field: 'checks[0].purpose', message: 'purpose is required' }] },
    });
  });

  it('says a time outside the years the ledger holds is refused for that, not for a missing zone', async () => {
    const basis =
      '{"purpose":"collection","legalBasis":"contract","evidence":"c","occurredAt":"1969-12-31T00:00:00Z"}';
    const { status, problem } = await post('/v1/subjects/early-1/bases', basis);
    expect(status).toBe(400);
    expect(problem.fields).toEqual([
      { field: 'occurredAt', message: expect.stringContaining('from 1970 to 9999') },
    ]);
  });

  it('refuses free text holding half of a surrogate pair, and keeps a whole pair as it was sent', async () => {
    const lone = '{"purposes":["collection"],"grounds":"my situation \\ud800"}';
    expect(await post('/v1/subjects/surrogate-1/objections', lone)).toEqual(refusedField('grounds'));
    const withdrawal = '{"evidence":"\\udc00 letter"}';
    const path = '/v1/subjects/surrogate-1/objections/00000000-0000-4000-8000-000000000000/withdrawal';
    expect(await post(path, withdrawal)).toEqual(refusedField('evidence'));
    const pair = '{"purposes":["collection"],"grounds":"letter \\ud83d\\udcdd"}';
    expect((await post('/v1/subjects/surrogate-1/objections', pair)).status).toBe(201);
    const { body } = await ledger.get('/v1/subjects/surrogate-1/events', 'auditor');
    expect(body.events[0].data.grounds).toBe('letter \ud83d\udcdd');
  });

  describe("the console's static files", () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      send(ledger.baseUrl, { method: 'GET', path, headers });
    const problemOf = (answer: RawAnswer) => ({ status: answer.status, code: JSON.parse(answer.text).code });

    it.each([
      '/console/../package.json',
      '/console/%2e%2e/package.json',
      '/console/a%00b',
      '/docs/%2e%2e/v1/me',
    ])('answers %s, a path outside its files, 404 NOT_FOUND', async (path) => {
      const answer = await get(path);
      expect(problemOf(answer)).toEqual({ status: 404, code: 'NOT_FOUND' });
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('answers a range or precondition it cannot meet with a code of its own, under the security headers', async () => {
      const range = await get('/console/index.html', { range: 'bytes=999999-' });
      expect(problemOf(range)).toEqual({ status: 416, code: 'RANGE_NOT_SATISFIABLE' });
      const precondition = await get('/console/index.html', { 'if-match': '"another"' });
      expect(problemOf(precondition)).toEqual({ status: 412, code: 'PRECONDITION_FAILED' });
      const page = await get('/console/');
      expect(page.status).toBe(200);
      // The page says its own, stricter, framing rule; a refusal carries the security headers of every answer.
      expect(page.headers['x-frame-options']).toBe('DENY');
      expect(range.headers['x-frame-options']).toBe('SAMEORIGIN');
    });
  });
});
