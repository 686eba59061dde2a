import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { clientFor } from '../support/ledger-clients';

const root = join(__dirname, '../..');

const run = promisify(execFile);

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

/** The first TypeScript block after `heading` in README.md. */
async function readmeSnippet(heading: string): Promise<string> {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(heading));
  return /```ts\n([\s\S]*?)```/.exec(section)![1];
}

describe('examples/collection-run.ts, and the client snippet of README.md', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  it('sends letters to the permitted debtors only and reports the others with their reasons', async () => {
    const operator = clientFor(ledger.baseUrl, 'operator');
    await operator.establishBasis('debtor-1001', COLLECTION_CONTRACT);
    await operator.establishBasis('debtor-1002', {
      purpose: 'collection',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-3',
    });
    await operator.fileObjection('debtor-1002', { purposes: ['collection'] });

    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'examples/collection-run.ts', 'debtor-1001', 'debtor-1002', 'debtor-1003'],
      { cwd: root, env: { ...process.env, LEDGER_URL: ledger.baseUrl, LEDGER_API_KEY: secretOf('system') } },
    );

    expect(stdout).toContain('letter to debtor-1001 on the contract basis');
    expect(stdout).toContain('letters sent: 1');
    expect(stdout).toMatch(/debtor-1002 {2}OBJECTION_PENDING .*\(decision [0-9a-f-]{36}\)/);
    expect(stdout).toMatch(/debtor-1003 {2}NO_BASIS/);
  });

  it('says which URL it tried and why, when the ledger cannot be reached', async () => {
    const unreachable = `http://127.0.0.1:${await closedPort()}`;
    const failed = await run(process.execPath, ['--import', 'tsx', 'examples/collection-run.ts'], {
      cwd: root,
      env: { ...process.env, LEDGER_URL: unreachable, LEDGER_API_KEY: secretOf('system') },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`the ledger at ${unreachable} could not be reached (ECONNREFUSED)`),
    });
  });

  it("runs README's client snippet as it is written", async () => {
    await clientFor(ledger.baseUrl, 'operator').establishBasis('debtor-1001', COLLECTION_CONTRACT);
    const file = join(root, 'test/artifacts/readme-client.ts');
    await mkdir(join(root, 'test/artifacts'), { recursive: true });
    await writeFile(file, await readmeSnippet('## Calling the ledger from a service'));
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', file], {
      cwd: root,
      env: { ...process.env, LEDGER_URL: ledger.baseUrl, LEDGER_API_KEY: secretOf('system') },
    });
    expect(stderr).toBe('');
    expect(stdout).toContain('letter to debtor-1001\n');
    expect(stdout).toMatch(/not debtor-1002: \w+ \([0-9a-f-]{36}\)\n/);
    expect(stdout).toContain('debtor-1001 collection: permitted\n');
  });
});
