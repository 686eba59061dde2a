import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { secretOf } from '../support/ledger-harness';
import { freePort, SERVER_ENTRY, ServerProcess, TEST_KEYS_ENV } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/**
 * Shutdown on SIGTERM, on the built server under load: what arrives from the signal on is refused with a
 * problem, what is under way is answered, the change streams end, and then the process exits. Before, a
 * SIGTERM under 16 writers reset 10 to 14 connections with an append under way and answered others with
 * Fastify's own `{"error":"Service Unavailable"}`.
 */
const WRITERS = 16;
const SUBJECTS = Array.from({ length: 8 }, (_, i) => `shutdown-${i}`);
/** The server exits within this of SIGTERM: the grace it gives unfinished requests (10 s) is never needed. */
const EXIT_WITHIN_MS = 5_000;
/** A request not answered in this is counted as dropped (an append takes milliseconds). */
const ANSWER_WITHIN_MS = 10_000;

type Outcome =
  | { kind: 'stored'; token: string; subjectId: string; eventId: string }
  | { kind: 'refused'; token: string; status: number; code: string; retryAfter: string | null }
  /** Answered with something other than a problem. */
  | { kind: 'not a problem'; status: number; text: string }
  /** No answer: refused or reset connections, a connection closed under the request, or silence. */
  | { kind: 'dropped'; error: string };

async function append(baseUrl: string, subjectId: string): Promise<Outcome> {
  const token = `shutdown-${randomUUID()}`;
  try {
    const response = await fetch(`${baseUrl}/v1/subjects/${subjectId}/objections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secretOf('operator')}`, 'content-type': 'application/json' },
      body: JSON.stringify({ purposes: ['collection'], grounds: token }),
      signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    });
    const text = await response.text();
    if (response.status === 201)
      return { kind: 'stored', token, subjectId, eventId: JSON.parse(text).eventId };
    if (response.headers.get('content-type')?.startsWith('application/problem+json')) {
      const retryAfter = response.headers.get('retry-after');
      return { kind: 'refused', token, status: response.status, code: JSON.parse(text).code, retryAfter };
    }
    return { kind: 'not a problem', status: response.status, text };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') return { kind: 'dropped', error: 'no answer' };
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return { kind: 'dropped', error: `${cause?.code ?? ''} ${cause?.message ?? String(error)}` };
  }
}

describe('graceful shutdown: SIGTERM answers or refuses every request, drops none', () => {
  const temp = temporaryDirectories('shutdown');
  let dataDir: string;
  beforeAll(async () => (dataDir = await temp.make()));
  afterAll(() => temp.removeAll());

  it(`under ${WRITERS} writers: every request is answered or refused with a problem, every acknowledged append is stored, and the server exits within ${EXIT_WITHIN_MS / 1000} s`, async () => {
    const env = { LEDGER_DATA_DIR: join(dataDir, 'writers') };
    const server = await ServerProcess.start(env);
    const outcomes: Outcome[] = [];
    // Each writer appends until the server refuses it as it shuts down (or fails to answer).
    const writer = async (n: number) => {
      for (;;) {
        const outcome = await append(server.baseUrl, SUBJECTS[n % SUBJECTS.length]);
        outcomes.push(outcome);
        if (outcome.kind !== 'stored' && !(outcome.kind === 'refused' && outcome.status < 500)) return;
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const signalled = Date.now();
    const exitMs = await exitTime(server, signalled);
    await Promise.all(writers);

    const of = <K extends Outcome['kind']>(kind: K) =>
      outcomes.filter((outcome): outcome is Extract<Outcome, { kind: K }> => outcome.kind === kind);
    expect({ dropped: of('dropped'), notProblems: of('not a problem') }).toEqual({
      dropped: [],
      notProblems: [],
    });
    const refusals = of('refused').map(({ status, code, retryAfter }) => `${status} ${code} ${retryAfter}`);
    expect(new Set(refusals)).toEqual(new Set(['503 STORE_UNAVAILABLE 1']));
    // The signal really came with appends under way.
    expect(of('stored').length).toBeGreaterThan(WRITERS);
    expect(exitMs).toBeLessThan(EXIT_WITHIN_MS);

    const restarted = await ServerProcess.start(env);
    try {
      const stored = new Map<string, string>();
      for (const subjectId of SUBJECTS) {
        const { body } = await restarted.get(`/v1/subjects/${subjectId}/events`, 'auditor');
        for (const event of body.events) stored.set(event.data.grounds, event.eventId);
      }
      for (const { token, eventId } of of('stored')) expect(stored.get(token)).toBe(eventId);
      for (const { token } of of('refused')) expect(stored.has(token)).toBe(false);
    } finally {
      await restarted.kill();
    }
  }, 60_000);

  it('ends an open change stream cleanly and exits, rather than waiting for the stream', async () => {
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: join(dataDir, 'stream') });
    try {
      const response = await fetch(`${server.baseUrl}/v1/changes`, {
        headers: { authorization: `Bearer ${secretOf('system')}` },
      });
      const reader = response.body!.getReader();
      const first = await reader.read();
      expect(new TextDecoder().decode(first.value)).toMatch(/^retry: \d+\nevent: position/);
      const signalled = Date.now();
      const exitMs = exitTime(server, signalled);
      // The stream's end is read as an end (`done`), not as a broken connection (a rejection).
      let last = await reader.read();
      while (!last.done) last = await reader.read();
      expect(await exitMs).toBeLessThan(EXIT_WITHIN_MS);
    } finally {
      // A failed expectation must not leave the server behind to hold the test run open.
      await server.kill('SIGKILL');
    }
  });

  it('exits on SIGTERM when the reader of its log has just gone, as Ctrl-C ends both sides of `npm start | a-log-viewer`', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: {
        ...process.env,
        PORT: String(port),
        LEDGER_DATA_DIR: join(dataDir, 'log-reader-gone'),
        LEDGER_API_KEYS: TEST_KEYS_ENV,
      },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    child.stdout!.resume();
    try {
      await untilReady(baseUrl, child, 30_000);
      // Request lines wait in the log's buffer; this process holds the pipe's only reading end.
      for (let i = 0; i < 5; i++) {
        await fetch(`${baseUrl}/v1/me`, { headers: { authorization: `Bearer ${secretOf('system')}` } });
      }
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.stdout!.destroy();
      const signalled = Date.now();
      child.kill('SIGTERM');
      const late = new Promise<void>((resolve) => setTimeout(resolve, 2 * EXIT_WITHIN_MS));
      await Promise.race([exited, late]);
      expect(child.exitCode ?? child.signalCode).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(EXIT_WITHIN_MS);
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('`npm start` passes SIGTERM on to the server, which lets go of its port', async () => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    // The server is built by the test run's global setup: its own pre-start build is left out here.
    const npm = spawn('npm', ['start', '--ignore-scripts'], {
      cwd: join(__dirname, '../..'),
      env: {
        ...process.env,
        PORT: String(port),
        LEDGER_DATA_DIR: join(dataDir, 'npm-start'),
        LEDGER_API_KEYS: TEST_KEYS_ENV,
      },
      // A group of its own, so whatever it started can be cleaned up whatever happens.
      detached: true,
      stdio: 'ignore',
    });
    try {
      await untilReady(baseUrl, npm, 60_000);
      const npmExited = new Promise((resolve) => npm.once('exit', resolve));
      npm.kill('SIGTERM');
      await npmExited;
      await expect(untilRefused(baseUrl, EXIT_WITHIN_MS)).resolves.toBeLessThan(EXIT_WITHIN_MS);
    } finally {
      try {
        process.kill(-npm.pid!, 'SIGKILL');
      } catch {
        // the whole group is gone already
      }
    }
  }, 90_000);
});

/** Sends SIGTERM; how long the server took to exit, or, killed after twice the limit, `Infinity`. */
async function exitTime(server: ServerProcess, signalled: number): Promise<number> {
  const exited = server.kill('SIGTERM').then(() => Date.now() - signalled);
  const late = new Promise<number>((resolve) => setTimeout(() => resolve(Infinity), 2 * EXIT_WITHIN_MS));
  const exitMs = await Promise.race([exited, late]);
  if (exitMs === Infinity) await server.kill('SIGKILL');
  return exitMs;
}

async function untilReady(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
    const status = await fetch(`${baseUrl}/health/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`npm start was not ready within ${timeoutMs} ms`);
}

/** How long until nothing listens on `baseUrl` any more; rejects if something still does after `timeoutMs`. */
async function untilRefused(baseUrl: string, timeoutMs: number): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const listening = await fetch(`${baseUrl}/health/live`, { headers: { connection: 'close' } }).then(
      () => true,
      () => false,
    );
    if (!listening) return Date.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`something still listens on ${baseUrl} ${timeoutMs} ms after npm exited`);
}
