import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { secretOf } from '../support/ledger-harness';
import { freePort, SERVER_ENTRY, ServerEnv, serverEnv, ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/** Runs the built server as a start that must fail: its exit code, and what it said on stderr. */
async function failedStart(env: ServerEnv): Promise<{ code: unknown; stderr: string }> {
  const port = await freePort();
  const options = { env: serverEnv({ ...env, PORT: String(port) }), timeout: 20_000 };
  return new Promise((resolve) => {
    execFile(process.execPath, [SERVER_ENTRY], options, (error, _stdout, stderr) =>
      resolve({ code: error ? (error as { code?: unknown }).code : 0, stderr }),
    );
  });
}

describe('the built server as a process (SQLite)', () => {
  const temp = temporaryDirectories('process');
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await temp.make();
  });
  afterAll(() => temp.removeAll());

  it('keeps an acknowledged append through kill -9', async () => {
    const first = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    const headers = { authorization: `Bearer ${secretOf('operator')}`, 'content-type': 'application/json' };
    const answer = await fetch(`${first.baseUrl}/v1/subjects/crash-1/bases`, {
      method: 'POST',
      headers,
      body: JSON.stringify(COLLECTION_CONTRACT),
    });
    expect(answer.status).toBe(201);
    await first.kill('SIGKILL');

    const second = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    try {
      const check = await fetch(`${second.baseUrl}/v1/subjects/crash-1/permissions/collection`, {
        headers: { authorization: `Bearer ${secretOf('system')}` },
      });
      expect(await check.json()).toMatchObject({ permitted: true, reasons: [{ code: 'BASIS_ACTIVE' }] });
    } finally {
      await second.kill();
    }
  });

  it('listens on the address HOST names, and says so', async () => {
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: await temp.make(), HOST: '127.0.0.1' });
    try {
      // Log lines leave at least once a second (docs: Logs), not as each is written.
      const deadline = Date.now() + 5000;
      while (!server.stdout.includes('listening on') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      expect(server.stdout).toMatch(/"msg":"listening on 127\.0\.0\.1 port \d+, store sqlite/);
    } finally {
      await server.kill();
    }
  });

  it('refuses to start with a master key that is not the one its ledger was written with, saying so on stderr', async () => {
    const dir = await temp.make();
    const first = await ServerProcess.start({
      LEDGER_DATA_DIR: dir,
      LEDGER_MASTER_KEY: randomBytes(32).toString('hex'),
    });
    await first.kill();
    expect(
      await failedStart({ LEDGER_DATA_DIR: dir, LEDGER_MASTER_KEY: randomBytes(32).toString('hex') }),
    ).toEqual({
      code: 1,
      stderr: expect.stringMatching(
        /^basis-ledger cannot start: the master key does not open this ledger's data keys: .*LEDGER_MASTER_KEY/,
      ),
    });
  });

  it('says on stderr why a store could not be opened, and generates no keys for a store it was not given', async () => {
    const dir = await temp.make();
    const unreachable = {
      LEDGER_DATA_DIR: dir,
      LEDGER_STORE: 'postgres',
      LEDGER_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/test',
    };
    expect(await failedStart(unreachable)).toEqual({
      code: 1,
      stderr: expect.stringMatching(
        /^basis-ledger cannot start: the PostgreSQL event store is unavailable: .*ECONNREFUSED/,
      ),
    });
    const withoutUrl = { LEDGER_DATA_DIR: dir, LEDGER_STORE: 'postgres', LEDGER_API_KEYS: undefined };
    expect(await failedStart(withoutUrl)).toEqual({
      code: 1,
      stderr: 'basis-ledger cannot start: LEDGER_STORE=postgres needs LEDGER_POSTGRES_URL\n',
    });
    expect(existsSync(join(dir, 'api-keys.json'))).toBe(false);
  });

  it('refuses a key setting that is set but empty, rather than making keys of its own and printing them', async () => {
    const dir = await temp.make();
    expect(await failedStart({ LEDGER_DATA_DIR: dir, LEDGER_API_KEYS: '' })).toEqual({
      code: 1,
      stderr: 'basis-ledger cannot start: LEDGER_API_KEYS is set but names no key\n',
    });
    expect(await failedStart({ LEDGER_DATA_DIR: dir, LEDGER_MASTER_KEY: ' ' })).toEqual({
      code: 1,
      stderr: expect.stringMatching(
        /^basis-ledger cannot start: LEDGER_MASTER_KEY: the master key must be 32 bytes/,
      ),
    });
    expect(existsSync(join(dir, 'api-keys.json'))).toBe(false);
    expect(existsSync(join(dir, 'master.key'))).toBe(false);
  });

  it('refuses to start on a purposes file that is not valid, naming the file and the fault', async () => {
    const file = join(dataDir, 'purposes.json');
    await writeFile(file, '{"purposes": [{"id": "x"}]}');
    await expect(
      ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_PURPOSES_FILE: file }, 10_000),
    ).rejects.toThrow(/purposes\.json/);
  });
});
