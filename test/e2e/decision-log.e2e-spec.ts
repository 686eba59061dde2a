import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Decision } from '@basis-ledger/client';
import { LedgerHarness } from '../support/ledger-harness';
import { clientFor } from '../support/ledger-clients';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

const SECRET = 'SECRET-personal-text';
const PAST = '2026-02-01T08:00:00.000Z';

describe('the decision log (LEDGER_DECISION_LOG)', () => {
  const temp = temporaryDirectories('log');
  let dataDir: string;
  beforeAll(async () => (dataDir = await temp.make()));
  afterAll(() => temp.removeAll());

  it('appends one JSON line per answer: who was told what about whom, and when, with no free text', async () => {
    const file = join(dataDir, 'logs', 'decisions.jsonl');
    const logged = await LedgerHarness.start({ dataDir, decisionLog: file });
    const dpo = clientFor(logged.baseUrl, 'dpo');
    const system = clientFor(logged.baseUrl, 'system');
    let decisions: Decision[] = [];
    let catalogueVersion = '';
    try {
      const basis = await dpo.establishBasis('logged-1', {
        purpose: 'credit-check-sharing',
        legalBasis: 'legitimate-interests',
        evidence: SECRET,
        validFrom: PAST,
      });
      await dpo.fileObjection('logged-1', { purposes: ['credit-check-sharing'], grounds: SECRET });
      await dpo.withdrawBasis('logged-1', basis.basisId, { reason: 'other', note: SECRET });
      decisions = [
        await system.check('logged-1', 'credit-check-sharing'),
        ...(await system.checkMany(
          [
            { subjectId: 'logged-1', purpose: 'credit-check-sharing' },
            { subjectId: 'logged-2', purpose: 'collection' },
          ],
          { asOf: new Date().toISOString(), at: PAST },
        )),
        ...(await system.permissions('logged-2')).decisions,
      ];
      catalogueVersion = (await system.purposes()).version;
    } finally {
      // Stopping closes the log, which writes out what it still holds.
      await logged.stop();
    }

    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(SECRET);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3 + 14);
    expect(lines).toEqual(
      decisions.map((decision, i) => ({
        decisionId: decision.decisionId,
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        key: 'collection-run',
        subjectId: decision.subjectId,
        purpose: decision.purpose,
        permitted: decision.permitted,
        reasons: decision.reasons.map((reason) => reason.code),
        position: decision.position,
        catalogueVersion,
        at: decision.at,
        ...(i === 1 || i === 2 ? { asOf: expect.any(String) } : {}),
      })),
    );
    expect(lines[0].reasons).toEqual(['BASIS_WITHDRAWN']);
    expect(lines[1]).toMatchObject({ permitted: true, at: PAST });
  });

  it('stops start-up when the log cannot be opened', async () => {
    const start = ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_DECISION_LOG: dataDir }, 10_000);
    await expect(start).rejects.toThrow(/EISDIR/);
  });

  it("has written an answer's line before the answer, so it survives kill -9 right after", async () => {
    const file = join(dataDir, 'killed.jsonl');
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_DECISION_LOG: file });
    try {
      const decision = await clientFor(server.baseUrl, 'system').check('killed-1', 'collection');
      await server.kill('SIGKILL');
      const [line] = (await readFile(file, 'utf8'))
        .trim()
        .split('\n')
        .map((text) => JSON.parse(text));
      expect(line).toMatchObject({
        decisionId: decision.decisionId,
        subjectId: 'killed-1',
        reasons: ['NO_BASIS'],
      });
    } finally {
      await server.kill('SIGKILL');
    }
  });

  (existsSync('/dev/full') ? it : it.skip)(
    'refuses to answer what it cannot record (a full disk)',
    async () => {
      const full = await LedgerHarness.start({ dataDir: join(dataDir, 'full'), decisionLog: '/dev/full' });
      try {
        const answer = await full.get('/v1/subjects/full-1/permissions/collection');
        expect(answer).toMatchObject({ status: 503, body: { code: 'STORE_UNAVAILABLE' } });
      } finally {
        await full.stop();
      }
    },
  );
});
