import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ApiKey } from '../../apps/ledger-api/src/auth/api-keys';
import { TEST_KEYS } from '../support/ledger-harness';
import { logLines, requestLines } from '../support/log-lines';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/**
 * What the server prints, everything it wrote to stdout and stderr over a run, holds no API key and no
 * personal data: no secret (presented or configured), no free text, no subject id, no query string. The
 * one exception is the contract's: keys the server generates are printed at the start that made them.
 * Its log is JSON lines on stdout; the request lines are read as such.
 */
describe('secrets and personal data in the server output (built server)', () => {
  const temp = temporaryDirectories('logs');
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await temp.make();
  });
  afterEach(() => temp.removeAll());

  const call = (server: ServerProcess, secret: string, method: string, path: string, body?: string) =>
    fetch(`${server.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
      body,
    });

  it('prints no key, free text or subject id, while logging every request by route and key name', async () => {
    const marker = `PERSONAL-${randomUUID()}`;
    const subject = `SUBJECT-${randomUUID()}`;
    const [system, operator, dpo, auditor] = TEST_KEYS.map((key) => key.secret);
    const presented = [`${dpo}x`, dpo.slice(0, -1), `wrong-${randomUUID()}`];
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    let answers: Response[] = [];
    try {
      const at = `/v1/subjects/${subject}`;
      const basis = await call(
        server,
        operator,
        'POST',
        `${at}/bases`,
        JSON.stringify({ purpose: 'collection', legalBasis: 'contract', evidence: marker }),
      );
      const { basisId } = (await basis.json()) as { basisId: string };
      const objection = await call(
        server,
        operator,
        'POST',
        `${at}/objections`,
        JSON.stringify({ purposes: ['collection'], grounds: marker }),
      );
      const { objectionId } = (await objection.json()) as { objectionId: string };
      const restriction = await call(
        server,
        dpo,
        'POST',
        `${at}/restrictions`,
        JSON.stringify({ ground: 'accuracy-contested', note: marker }),
      );
      const { restrictionId } = (await restriction.json()) as { restrictionId: string };
      answers = [
        basis,
        objection,
        restriction,
        await call(
          server,
          dpo,
          'POST',
          `${at}/objections/${objectionId}/decision`,
          JSON.stringify({ outcome: 'overridden', motivation: marker }),
        ),
        await call(
          server,
          dpo,
          'POST',
          `${at}/restrictions/${restrictionId}/lifting`,
          JSON.stringify({ reason: marker, subjectInformedAt: new Date().toISOString() }),
        ),
        await call(
          server,
          operator,
          'POST',
          `${at}/bases/${basisId}/withdrawal`,
          JSON.stringify({ reason: 'other', note: marker }),
        ),
        await call(
          server,
          operator,
          'POST',
          `${at}/objections/${objectionId}/withdrawal`,
          JSON.stringify({ evidence: marker, note: marker }),
        ),
        await call(server, system, 'GET', `${at}/permissions/collection?categories=${marker}`),
        await call(
          server,
          system,
          'POST',
          '/v1/permissions/check',
          JSON.stringify({ checks: [{ subjectId: subject, purpose: marker }] }),
        ),
        await call(server, auditor, 'GET', `${at}/events`),
        // Refusals: bad JSON, too large, unknown fields, wrong keys, a role refused.
        await call(server, dpo, 'POST', `${at}/erasure`, `{"note": "${marker}`),
        await call(server, dpo, 'POST', `${at}/bases`, JSON.stringify({ evidence: marker.repeat(3000) })),
        await call(server, dpo, 'POST', `${at}/bases`, JSON.stringify({ [marker]: marker })),
        await call(server, system, 'POST', `${at}/erasure`, JSON.stringify({ note: marker })),
        ...(await Promise.all(presented.map((secret) => call(server, secret, 'GET', `${at}/events`)))),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([
        201, 201, 201, 201, 201, 201, 201, 400, 400, 200, 400, 413, 400, 403, 401, 401, 401,
      ]);
    } finally {
      await server.kill();
    }

    const output = server.log;
    for (const secret of [...TEST_KEYS.map((key) => key.secret), ...presented])
      expect(output).not.toContain(secret);
    expect(output).not.toContain(marker);
    expect(output).not.toContain(subject);
    // The request log is there, by route pattern and key name: what it leaves out, it leaves out on purpose.
    const requests = requestLines(logLines(server.stdout));
    expect(requests).toHaveLength(answers.length);
    expect(requests).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        route: '/v1/subjects/:subjectId/bases',
        status: 201,
        durationMs: expect.any(Number),
        key: 'back-office',
      }),
    );
    const refused = requests.filter((line) => line.route === '/v1/subjects/:subjectId/events');
    expect(refused.filter((line) => line.status === 401 && !('key' in line))).toHaveLength(3);
  }, 60_000);

  it('prints no change-stream token, whether it opens the stream, is refused or is sent elsewhere', async () => {
    const [system, , , auditor] = TEST_KEYS.map((key) => key.secret);
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    const tokens: string[] = [];
    const statuses: number[] = [];
    try {
      for (const secret of [system, auditor]) {
        const issued = await call(server, secret, 'POST', '/v1/changes/tokens');
        statuses.push(issued.status);
        tokens.push(((await issued.json()) as { token: string }).token);
      }
      const [token, other] = tokens;
      const stream = new AbortController();
      const opened = await fetch(`${server.baseUrl}/v1/changes?from=0&token=${token}`, {
        signal: stream.signal,
      });
      statuses.push(opened.status);
      // The stream is read until its first message, then dropped, as a browser leaving the page does.
      const reader = opened.body!.getReader();
      await reader.read();
      stream.abort();
      const tampered = `${other.split('.')[0]}.${token.split('.')[1]}`;
      for (const path of [`/v1/changes?token=${tampered}`, `/v1/me?token=${other}`]) {
        statuses.push((await fetch(`${server.baseUrl}${path}`)).status);
      }
    } finally {
      await server.kill();
    }
    expect(statuses).toEqual([201, 201, 200, 401, 401]);
    for (const token of tokens) {
      const [claims, signature] = token.split('.');
      expect(server.log).not.toContain(claims);
      expect(server.log).not.toContain(signature);
    }
    const requests = requestLines(logLines(server.stdout));
    expect(requests).toContainEqual(
      expect.objectContaining({ route: '/v1/changes/tokens', status: 201, key: 'collection-run' }),
    );
    expect(requests).toContainEqual(expect.objectContaining({ route: '/v1/changes', status: 401 }));
  }, 60_000);

  it('prints generated keys once, at the start that made them, and never again', async () => {
    const first = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_API_KEYS: undefined });
    const keys = JSON.parse(await readFile(join(dataDir, 'api-keys.json'), 'utf8')) as ApiKey[];
    const dpo = keys.find((key) => key.role === 'dpo')!.secret;
    expect((await call(first, dpo, 'GET', '/v1/subjects/someone/events')).status).toBe(200);
    await first.kill();
    const second = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_API_KEYS: undefined });
    expect((await call(second, dpo, 'GET', '/v1/subjects/someone/events')).status).toBe(200);
    await second.kill();

    for (const { secret } of keys) expect(first.log.split(secret)).toHaveLength(2);
    expect(first.log).toContain('API keys generated');
    for (const { secret } of keys) expect(second.log).not.toContain(secret);
    expect(logLines(second.stdout)).toContainEqual(
      expect.objectContaining({
        msg: `API keys loaded from ${join(dataDir, 'api-keys.json')} (set LEDGER_API_KEYS to use your own)`,
      }),
    );
  }, 60_000);
});
