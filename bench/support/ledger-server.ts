import { cp, mkdtemp, rm } from 'node:fs/promises';
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

/** What is kept of a server's output, for the message of a start that fails: it logs every request of the load. */
const OUTPUT_TAIL = 64 * 1024;

/**
 * The built ledger as a real process (`npm run bench` builds it first), in its default configuration with
 * `env` added: the request log on (`info`) and the load's `system` key unlimited, as it ships. A benchmark that
 * sets anything else names it in its row. Start-up may rebuild a large read side.
 */
export const startLedger = (env: Record<string, string>) =>
  ServerProcess.start(env, 120_000, { tail: OUTPUT_TAIL });

/** The built ledger, with `env` added, on its own copy (named `name`) of the data directory `seeded`. */
export async function startLedgerOnCopy(
  seeded: string,
  name: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const dir = join(seeded, '..', name);
  await cp(seeded, dir, { recursive: true });
  return startLedger({ ...env, LEDGER_DATA_DIR: dir });
}

/** The environment that switches off, in the built server, the fast paths named in `parts` (see the file). */
export const without = (parts: string) => ({
  NODE_OPTIONS: `--require ${join(__dirname, 'without-fast-path.js')}`,
  BENCH_WITHOUT: parts,
});

export const bearer = (role: 'system' | 'operator' | 'dpo') => ({
  authorization: `Bearer ${secretOf(role)}`,
});
