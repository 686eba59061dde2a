import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Client } from 'pg';
import { runChild } from '../support/child';
import { bestOfRounds, LoadResult, LoadSpec, ROUNDS } from '../support/load';
import { bearer, freshDataDir, openSqliteStore, ServerProcess, startLedger } from '../support/ledger-server';
import { ratioRow, Row } from '../support/results';
import { seedSubjects } from '../support/seed';
import { SECONDS } from '../support/settings';
import { subjectIdOf } from '../support/synthetic-history';
import type { RawInsertTask } from './raw-insert-worker';

const WRITERS = 64;
/** The subjects written to: existing files of a few events, as in daily use. */
const SUBJECTS = 10_000;
const POSTGRES_URL = process.env.LEDGER_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** The adapter's pool size, so the raw baseline has as many connections as the ledger. */
const PG_POOL_SIZE = 10;

/**
 * The writers use one `operator` key, whose default budget (1000 requests a second) the load passes: the
 * ledger runs with limiting off, a deviation from its default configuration that the rows name.
 */
const UNLIMITED = { LEDGER_RATE_LIMIT: '0' };

/** 64 writers appending bases (with evidence, so the personal-data codec runs) to existing subjects. */
async function writeLoad(baseUrl: string): Promise<LoadResult> {
  const spec: Omit<LoadSpec, 'seconds'> = {
    url: baseUrl,
    method: 'POST',
    headers: { ...bearer('operator'), 'content-type': 'application/json' },
    paths: Array.from({ length: SUBJECTS }, (_, i) => `/v1/subjects/${subjectIdOf(i)}/bases`),
    bodies: [JSON.stringify({ purpose: 'collection', legalBasis: 'contract', evidence: 'claim 2026-0042' })],
    connections: WRITERS,
  };
  const [best] = await bestOfRounds([spec]);
  return best;
}

async function withLedger<T>(
  env: Record<string, string>,
  work: (ledger: ServerProcess) => Promise<T>,
): Promise<T> {
  const ledger = await startLedger(env);
  try {
    return await work(ledger);
  } finally {
    await ledger.kill();
  }
}

/**
 * The raw baseline's best of as many runs as the ledger's load has rounds: a single run would let one noisy
 * moment on the shared machine lower the baseline and flatter the ledger.
 */
async function bestRawRate(task: RawInsertTask): Promise<number> {
  let best = 0;
  for (let round = 0; round < ROUNDS; round++) {
    best = Math.max(best, await runChild<number>(join(__dirname, 'raw-insert-worker.ts'), task));
  }
  return best;
}

/** SQLite: group-committed HTTP appends beside raw one-row durable commits with the same pragmas. */
export async function sqliteAppends(): Promise<Row[]> {
  const data = await freshDataDir();
  try {
    const store = await openSqliteStore(data.dir);
    await seedSubjects(store, SUBJECTS, (i) => 1 + (i % 5));
    await store.close();
    const http = await withLedger({ ...UNLIMITED, LEDGER_DATA_DIR: data.dir }, (ledger) =>
      writeLoad(ledger.baseUrl),
    );
    const raw = await bestRawRate({
      kind: 'sqlite',
      dataDir: data.dir,
      seconds: SECONDS,
    });
    return [
      ratioRow(
        `durable appends, ${WRITERS} HTTP writers, SQLite (rate limit off)`,
        'appends/s',
        http.okPerSecond,
        {
          name: 'better-sqlite3, one row per durable commit',
          value: raw,
        },
        1,
      ),
    ];
  } finally {
    await data.remove();
  }
}

/** PostgreSQL: HTTP appends beside single-row INSERT transactions through `pg`, each in a fresh database. */
export async function postgresAppends(): Promise<Row[]> {
  const database = `ledger_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  const data = await freshDataDir();
  try {
    const http = await withLedger(
      { ...UNLIMITED, LEDGER_DATA_DIR: data.dir, LEDGER_STORE: 'postgres', LEDGER_POSTGRES_URL: url.href },
      (ledger) => writeLoad(ledger.baseUrl),
    );
    const raw = await bestRawRate({
      kind: 'postgres',
      url: url.href,
      seconds: SECONDS,
      writers: WRITERS,
      poolSize: PG_POOL_SIZE,
    });
    return [
      ratioRow(
        `durable appends, ${WRITERS} HTTP writers, PostgreSQL (rate limit off)`,
        'appends/s',
        http.okPerSecond,
        {
          name: `pg, single-row INSERT transactions (pool ${PG_POOL_SIZE})`,
          value: raw,
        },
        0.5,
        'a fresh database: the warm-up and first round create the subjects, later rounds append to them',
      ),
    ];
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
    await data.remove();
  }
}
