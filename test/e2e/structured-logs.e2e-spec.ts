import { randomUUID } from 'node:crypto';
import { logLines, requestLines } from '../support/log-lines';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** An ISO 8601 time with its zone: `Z`, or an offset. */
const ISO_TIME_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const PARENT = '00f067aa0ba902b7';

/** Waits, at most 10 s, until the request line of the request `id` is on the server's stdout. */
async function untilLogged(server: ServerProcess, id: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!server.stdout.includes(`"reqId":"${id}"`)) {
    if (Date.now() > deadline) throw new Error(`no line of request ${id}:\n${server.stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The built server's log as a log collector reads it: JSON lines on stdout, each request under an id that its
 * answer names (`X-Request-Id`, taken from the caller when fit), with the caller's W3C trace when it sent one.
 */
describe('structured logs and request ids (built server)', () => {
  const temp = temporaryDirectories('json-logs');
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await temp.make();
  });
  afterEach(() => temp.removeAll());

  it('writes JSON lines, names every answer and its request line by one id, and keeps the trace', async () => {
    const subject = `SUBJECT-${randomUUID()}`;
    const text = `PERSONAL-${randomUUID()}`;
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    const check = `/v1/subjects/${subject}/permissions/collection`;
    let answers: Record<string, { status: number; id: string | null }>;
    try {
      const ask = async (path: string, headers: Record<string, string>, role: 'system' | 'dpo' | null) => {
        const { status, headers: answered } = await server.request('GET', path, { role, headers });
        return { status, id: answered.get('x-request-id') };
      };
      answers = {
        named: await ask(check, { 'x-request-id': 'abc-123' }, 'system'),
        unnamed: await ask(check, {}, 'system'),
        traced: await ask(check, { traceparent: `00-${TRACE}-${PARENT}-01` }, 'system'),
        badTrace: await ask(check, { traceparent: `00-${TRACE}-${PARENT}-01-${text}` }, 'system'),
        unfitId: await ask(check, { 'x-request-id': `${text} ${'x'.repeat(200)}` }, 'system'),
        unauthenticated: await ask(check, { 'x-request-id': 'refused-1' }, null),
        invalid: await ask(`/v1/subjects/${subject}/permissions/collection?at=${text}`, {}, 'system'),
        unrouted: await ask(`/v1/${text}`, { 'x-request-id': 'nowhere-1' }, 'system'),
        badPath: await ask(
          '/v1/subjects/%E0%A4%A/permissions/collection',
          { 'x-request-id': 'bad-path-1' },
          'system',
        ),
        written: await server
          .request('POST', `/v1/subjects/${subject}/bases`, {
            role: 'dpo',
            body: { purpose: 'collection', legalBasis: 'contract', evidence: text },
            headers: { 'x-request-id': 'write-1' },
          })
          .then(({ status, headers }) => ({ status, id: headers.get('x-request-id') })),
      };
      // Lines wait to be written a few at a time, but no longer than a second: they arrive while it runs.
      await untilLogged(server, 'write-1');
    } finally {
      await server.kill();
    }

    const lines = logLines(server.stdout);
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      expect({ line, time: line.time }).toEqual({ line, time: expect.stringMatching(ISO_TIME_WITH_ZONE) });
      expect({ line, level: line.level }).toEqual({ line, level: expect.stringMatching(/^[a-z]+$/) });
    }
    expect(server.stdout).not.toContain(subject);
    expect(server.stdout).not.toContain(text);

    const statuses = Object.fromEntries(Object.entries(answers).map(([name, { status }]) => [name, status]));
    expect(statuses).toEqual({
      named: 200,
      unnamed: 200,
      traced: 200,
      badTrace: 200,
      unfitId: 200,
      unauthenticated: 401,
      invalid: 400,
      unrouted: 404,
      badPath: 400,
      written: 201,
    });
    expect(answers.named.id).toBe('abc-123');
    expect(answers.unauthenticated.id).toBe('refused-1');
    expect(answers.unrouted.id).toBe('nowhere-1');
    expect(answers.badPath.id).toBe('bad-path-1');
    expect(answers.written.id).toBe('write-1');
    for (const generated of [
      answers.unnamed,
      answers.traced,
      answers.badTrace,
      answers.unfitId,
      answers.invalid,
    ])
      expect(generated.id).toMatch(UUID);

    const requests = requestLines(lines);
    const lineOf = (id: string | null) => {
      const found = requests.filter((line) => line.reqId === id);
      expect({ id, found: found.length }).toEqual({ id, found: 1 });
      return found[0];
    };
    expect(lineOf('abc-123')).toEqual({
      level: 'info',
      time: expect.any(String),
      pid: expect.any(Number),
      hostname: expect.any(String),
      reqId: 'abc-123',
      method: 'GET',
      route: '/v1/subjects/:subjectId/permissions/:purpose',
      status: 200,
      durationMs: expect.any(Number),
      key: 'collection-run',
      msg: 'request answered',
    });
    expect(lineOf(answers.unnamed.id)).toMatchObject({ status: 200 });
    expect(lineOf(answers.traced.id)).toMatchObject({ traceId: TRACE, parentId: PARENT, status: 200 });
    expect(lineOf(answers.badTrace.id)).not.toHaveProperty('traceId');
    expect(lineOf(answers.unnamed.id)).not.toHaveProperty('traceId');
    expect(lineOf('refused-1')).toMatchObject({ status: 401 });
    expect(lineOf('refused-1')).not.toHaveProperty('key');
    expect(lineOf(answers.invalid.id)).toMatchObject({ status: 400 });
    expect(lineOf('nowhere-1')).toMatchObject({ status: 404 });
    expect(lineOf('write-1')).toMatchObject({
      method: 'POST',
      route: '/v1/subjects/:subjectId/bases',
      status: 201,
      key: 'the-dpo',
    });
    // Health probes (the harness waited on /health/ready) are not logged.
    expect(requests.filter((line) => String(line.route).startsWith('/health/'))).toEqual([]);
  }, 60_000);

  it('leaves the request lines out from LEDGER_LOG_LEVEL=warn up, and still names every answer', async () => {
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_LOG_LEVEL: 'warn' });
    let id: string | null;
    try {
      const answer = await server.request('GET', '/v1/subjects/quiet-1/permissions/collection', {
        role: 'system',
        headers: { 'x-request-id': 'quiet-1' },
      });
      id = answer.headers.get('x-request-id');
    } finally {
      await server.kill();
    }
    expect(id).toBe('quiet-1');
    const lines = logLines(server.stdout);
    expect(requestLines(lines)).toEqual([]);
    expect(lines.filter((line) => line.level === 'info')).toEqual([]);
  }, 60_000);
});
