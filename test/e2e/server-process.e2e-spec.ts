import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { secretOf } from '../support/ledger-harness';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

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

  it('refuses to start on a purposes file that is not valid, naming the file and the fault', async () => {
    const file = join(dataDir, 'purposes.json');
    await writeFile(file, '{"purposes": [{"id": "x"}]}');
    await expect(
      ServerProcess.start({ LEDGER_DATA_DIR: dataDir, LEDGER_PURPOSES_FILE: file }, 10_000),
    ).rejects.toThrow(/purposes\.json/);
  });
});
