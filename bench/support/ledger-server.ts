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

/**
 * The built ledger as a real process (`npm run bench` builds it first); start-up may rebuild a large read side.
 * The load comes from one key far beyond the default rate limit, so limiting is off; the per-request log line
 * is off too, as a production deployment shipping logs elsewhere would have it.
 */
export const startLedger = (env: Record<string, string>) =>
  ServerProcess.start({ LEDGER_RATE_LIMIT: '0', LEDGER_LOG_LEVEL: 'warn', ...env }, 120_000);

export const bearer = (role: 'system' | 'operator' | 'dpo') => ({
  authorization: `Bearer ${secretOf(role)}`,
});
