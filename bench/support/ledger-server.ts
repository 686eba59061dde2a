import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { ServerProcess } from '../../test/support/server-process';
import { secretOf } from '../../test/support/test-keys';

export { ServerProcess };

/** A fresh data directory, removed by `remove`. */
export async function freshDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-bench-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** The SQLite store of a data directory, as the server opens it. */
export async function openSqliteStore(dataDir: string): Promise<SqliteEventStore> {
  const store = new SqliteEventStore({ file: join(dataDir, 'ledger.sqlite') });
  await store.init();
  return store;
}

/** The built ledger as a real process (`npm run bench` builds it first); start-up may rebuild a large read side. */
export const startLedger = (env: Record<string, string>) => ServerProcess.start(env, 120_000);

export const bearer = (role: 'system' | 'operator' | 'dpo') => ({
  authorization: `Bearer ${secretOf(role)}`,
});
