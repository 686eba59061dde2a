import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { probeSync } from './probe';

/** The PostgreSQL server the tests use; `LEDGER_TEST_POSTGRES_URL` overrides. */
export const POSTGRES_TEST_URL =
  process.env.LEDGER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Why the PostgreSQL suites cannot run here, or `undefined` when the server answers. Unreachable in CI
 * (`CI` set) is a failure, not a skip: there the server is part of the run.
 */
export function postgresSkipReason(url = POSTGRES_TEST_URL): string | undefined {
  const unreachable = probeSync(
    `const { Client } = require(process.argv[1]);
     const client = new Client({ connectionString: process.argv[2], connectionTimeoutMillis: 3000 });
     client.connect().then(() => client.end(), (error) => { console.error(error.message); process.exit(1); });`,
    [require.resolve('pg'), url],
  );
  if (!unreachable) return undefined;
  if (process.env.CI) throw new Error(`PostgreSQL at ${url} is unreachable in CI: ${unreachable}`);
  return `PostgreSQL at ${url} is unreachable (${unreachable})`;
}

/** A schema (or role) name no other test run uses. */
export const uniqueName = (prefix: string) => `${prefix}_${randomBytes(6).toString('hex')}`;

/** Runs `sql` statements one after another on a connection of their own, as the server's superuser. */
export async function runSql(statements: readonly string[], url = POSTGRES_TEST_URL): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    for (const statement of statements) await client.query(statement);
  } finally {
    await client.end();
  }
}

export const dropSchema = (schema: string, url = POSTGRES_TEST_URL) =>
  runSql([`DROP SCHEMA IF EXISTS "${schema}" CASCADE`], url);
