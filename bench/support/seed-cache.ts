import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where seeded data directories are kept between bench runs (`BENCH_DATA_DIR`), outside the repository. */
const CACHE_DIR = process.env.BENCH_DATA_DIR ?? join(tmpdir(), 'ledger-bench-data');

/**
 * The sources that decide what a seeded store holds, the generator's and the SQLite schema's: a change to any
 * seeds afresh, so a first start never includes a migration that a store written by this version would not need.
 */
const GENERATOR = [
  'seed.ts',
  'synthetic-history.ts',
  '../../libs/event-store/src/sqlite/sqlite-schema.ts',
].map((file) => join(__dirname, file));

function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const file of GENERATOR) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * A data directory seeded by `seed` once and kept under `name` (which must say the sizes) and the generator's
 * version, so that later runs copy it instead of seeding for minutes. Read it, never start a server on it.
 * A directory is kept only once seeding has finished; a stale version of the same name is removed, as each
 * may take gigabytes.
 */
export async function cachedSeed(name: string, seed: (dataDir: string) => Promise<void>): Promise<string> {
  const version = generatorVersion();
  const dir = join(CACHE_DIR, `${name}-${version}`);
  if (existsSync(dir)) return dir;
  await mkdir(CACHE_DIR, { recursive: true });
  for (const entry of await readdir(CACHE_DIR)) {
    if (new RegExp(`^${name}-[0-9a-f]{12}(\\.partial)?$`).test(entry)) {
      await rm(join(CACHE_DIR, entry), { recursive: true, force: true });
    }
  }
  const partial = `${dir}.partial`;
  await mkdir(partial);
  const start = performance.now();
  await seed(partial);
  await rename(partial, dir);
  const seconds = ((performance.now() - start) / 1000).toFixed(0);
  process.stdout.write(` seeded ${name} in ${seconds} s, kept in ${dir} ...`);
  return dir;
}
