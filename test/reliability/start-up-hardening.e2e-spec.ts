import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SERVER_ENTRY, ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/** The permission bits of `path`, as `ls -l` shows them in octal. */
const modeOf = async (path: string) => ((await stat(path)).mode & 0o777).toString(8);

/** Starts the built server with `env` and waits for it to exit, as a start-up refusal does. */
function refusedStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_ENTRY], {
      env: { ...process.env, PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

/**
 * What a server leaves on the host and what it takes as configuration, checked on the built server as
 * `npm start` runs it: the data directory and every file in it are its owner's alone, and API keys that share a
 * name or whose secret is plainly weak stop it at start with a message saying which.
 */
describe('start-up: private files and API key configuration (built server)', () => {
  const temp = temporaryDirectories('start');
  let root: string;
  beforeEach(async () => {
    root = await temp.make();
  });
  afterEach(() => temp.removeAll());

  it('creates the data directory 0700 and the SQLite file, its -wal and -shm and the generated keys 0600', async () => {
    const dataDir = join(root, 'nested', 'data');
    // Without LEDGER_API_KEYS the server generates its keys into the data directory, as `npm start` does.
    const server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_API_KEYS: undefined });
    try {
      const files = [
        'ledger.sqlite',
        'ledger.sqlite-wal',
        'ledger.sqlite-shm',
        'api-keys.json',
        'master.key',
      ];
      const modes = Object.fromEntries(
        await Promise.all(files.map(async (file) => [file, await modeOf(join(dataDir, file))])),
      );
      expect({ dataDir: await modeOf(dataDir), ...modes }).toEqual({
        dataDir: '700',
        ...Object.fromEntries(files.map((file) => [file, '600'])),
      });
    } finally {
      await server.kill();
    }
  });

  it.each([
    [
      'two keys with one name (they would share a rate budget and an actor)',
      'ops:operator:a7Kq2mZx9PwL4vNc,ops:dpo:Q8rT3yUe6WsD1fGh',
      /LEDGER_API_KEYS entry 2: the name "ops" is taken by entry 1/,
    ],
    [
      'a secret of one repeated character',
      'collection-run:system:xxxxxxxxxxxxxxxxxxxxxxxx',
      /LEDGER_API_KEYS entry 1: the secret is too plain: it has 1 different characters, at least 6 are needed/,
    ],
    [
      'a secret that repeats a short pattern',
      'collection-run:system:abcabcabcabcabcabcabc',
      /LEDGER_API_KEYS entry 1: the secret is too plain: it has 3 different characters/,
    ],
  ])('refuses to start with %s, naming the entry', async (_what, keys, message) => {
    const { code, output } = await refusedStart({ LEDGER_DATA_DIR: root, LEDGER_API_KEYS: keys });
    expect(code).toBe(1);
    expect(output).toMatch(message);
    // The message names the entry, never the secret.
    expect(output).not.toMatch(/xxxxxxxx|abcabc|a7Kq2mZx9PwL4vNc|Q8rT3yUe6WsD1fGh/);
  });
});
