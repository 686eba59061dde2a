import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from './create-event-store';
import { SqliteEventStore } from './sqlite/sqlite-event-store';

describe('createEventStore on disk', () => {
  it('makes a SQLite store by default, in ledger.sqlite under a data directory it creates', async () => {
    const root = await mkdtemp(join(tmpdir(), 'ledger-create-'));
    const dataDir = join(root, 'nested', 'data');
    const store = createEventStore({ LEDGER_DATA_DIR: dataDir });
    try {
      expect(store).toBeInstanceOf(SqliteEventStore);
      await store.init();
      expect(existsSync(join(dataDir, 'ledger.sqlite'))).toBe(true);
    } finally {
      await store.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
