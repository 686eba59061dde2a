import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { CliRun, LEDGER_BIN } from '../support/ledger-cli';
import { root } from '../support/docker-files';

/** Runs `ledger <args>` the way a shell finds it: through `path`, put first on the PATH. */
function ledgerOnPath(path: string, args: string[]): Promise<CliRun> {
  const PATH = [path, dirname(process.execPath), process.env.PATH].join(delimiter);
  return new Promise((resolve, reject) => {
    execFile('ledger', args, { env: { ...process.env, PATH }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (error as { code?: unknown }).code : 0;
      if (typeof code !== 'number') reject(error);
      else resolve({ code, stdout, stderr });
    });
  });
}

/**
 * `ledger` laid out as docker/Dockerfile installs it: the launcher one folder below the build, no sources
 * beside it (they stay in the build stage), and a link to it on the PATH. jest's global setup has built the
 * CLI that the layout's dist points at.
 */
describe('ledger as the image installs it', () => {
  let app: string;

  beforeAll(async () => {
    app = await mkdtemp(join(tmpdir(), 'ledger-installed-'));
    await mkdir(join(app, 'bin'));
    await mkdir(join(app, 'path'));
    await copyFile(LEDGER_BIN, join(app, 'bin/ledger.js'));
    await symlink(join(root, 'dist'), join(app, 'dist'));
    await symlink(join(app, 'bin/ledger.js'), join(app, 'path/ledger'));
  });

  afterAll(() => rm(app, { recursive: true, force: true }));

  it('runs the CLI it carries, without looking for sources to build it from', async () => {
    const { code, stdout, stderr } = await ledgerOnPath(join(app, 'path'), ['help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/\bverify\b/);
  });
});
