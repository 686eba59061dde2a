import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATED_KEYS_FILE, loadOrGenerateKeys } from './api-keys';

describe('generated API keys', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ledger-keys-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('are kept in a file that only its owner can read or write (0600), and loaded from it again', async () => {
    const first = loadOrGenerateKeys(dataDir);
    expect(first).toMatchObject({ generated: true, file: join(dataDir, GENERATED_KEYS_FILE) });
    expect(first.keys.map((key) => key.role)).toEqual(['system', 'operator', 'dpo', 'auditor']);
    expect((await stat(first.file)).mode & 0o777).toBe(0o600);

    const again = loadOrGenerateKeys(dataDir);
    expect(again).toEqual({ ...first, generated: false });
    expect((await stat(again.file)).mode & 0o777).toBe(0o600);
  });

  it('are long random secrets, different for every role', () => {
    const { keys } = loadOrGenerateKeys(dataDir);
    expect(new Set(keys.map((key) => key.secret)).size).toBe(keys.length);
    for (const { secret } of keys) expect(secret).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });
});
