import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMasterKey, MASTER_KEY_FILE } from './master-key';

describe('the generated master key', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ledger-master-key-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is kept in a file that only its owner can read or write (0600), and read back the same', async () => {
    const key = loadMasterKey(undefined, dataDir);
    expect(key).toHaveLength(32);
    expect((await stat(join(dataDir, MASTER_KEY_FILE))).mode & 0o777).toBe(0o600);
    expect(loadMasterKey(undefined, dataDir).equals(key)).toBe(true);
  });

  it('is not written when LEDGER_MASTER_KEY gives one', async () => {
    const configured = 'ab'.repeat(32);
    expect(loadMasterKey(configured, dataDir).toString('hex')).toBe(configured);
    await expect(stat(join(dataDir, MASTER_KEY_FILE))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
