import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { clientFor } from '../support/ledger-clients';

const root = join(__dirname, '../..');

describe('examples/collection-run.ts', () => {
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

    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'examples/collection-run.ts', 'debtor-1001', 'debtor-1002', 'debtor-1003'],
      { cwd: root, env: { ...process.env, LEDGER_URL: ledger.baseUrl, LEDGER_API_KEY: secretOf('system') } },
    );

    expect(stdout).toContain('letter to debtor-1001 on the contract basis');
    expect(stdout).toContain('letters sent: 1');
    expect(stdout).toMatch(/debtor-1002 {2}OBJECTION_PENDING .*\(decision [0-9a-f-]{36}\)/);
    expect(stdout).toMatch(/debtor-1003 {2}NO_BASIS/);
  });
});
