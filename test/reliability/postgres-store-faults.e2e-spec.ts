import { randomBytes } from 'node:crypto';
import { POSTGRES_TEST_URL, postgresSkipReason } from '@ledger/event-store/testing/postgres-test-server';
import { eventually } from '@ledger/event-store/testing/test-events';
import { Client } from 'pg';
import { Answer, LedgerHarness } from '../support/ledger-harness';

/**
 * PostgreSQL faults that make the store unusable for a while: a table lock held by someone else, a database
 * that refuses connections, a table that is gone. Each write then answers `503 STORE_UNAVAILABLE` (the one a
 * client retries), within the configured deadline, never a 500 and never after the fault is over. The ledger
 * runs on a database of its own, so the faults touch no one else's.
 */
const adminUrl = POSTGRES_TEST_URL;
const STORE_TIMEOUT_MS = 2000;
/** Room for a loaded two-core machine; the lock is held ten times as long as the deadline. */
const MARGIN_MS = 2500;
const LOCK_HELD_MS = 20_000;

const skipReason = postgresSkipReason();
if (skipReason) console.warn(`Skipping the PostgreSQL store faults suite: ${skipReason}`);

(skipReason ? describe.skip : describe)(
  'PostgreSQL faults answer 503, within the store timeout (HTTP)',
  () => {
    const name = `ledger_store_faults_${randomBytes(4).toString('hex')}`;
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    let admin: Client;
    let ledger: LedgerHarness;

    beforeAll(async () => {
      admin = new Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      ledger = await LedgerHarness.start({
        store: 'postgres',
        postgresUrl: url.toString(),
        storeTimeoutMs: STORE_TIMEOUT_MS,
      });
    }, 30_000);
    afterAll(async () => {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await ledger?.stop();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }, 30_000);

    let subjects = 0;
    const write = () =>
      ledger.post(`/v1/subjects/pg-fault-${++subjects}/objections`, { purposes: ['collection'] });
    /** A write's answer and how long it took. */
    const timedWrite = async (): Promise<{ answer: Answer; ms: number }> => {
      const start = Date.now();
      const answer = await write();
      return { answer, ms: Date.now() - start };
    };
    const expectUnavailable = (answer: Answer) => {
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
    };

    it('answers 503 within the deadline while another session locks the events table, each write on its own clock', async () => {
      expect((await write()).status).toBe(201);
      const locker = new Client({ connectionString: url.toString() });
      await locker.connect();
      try {
        await locker.query('BEGIN');
        await locker.query('LOCK TABLE ledger.events IN EXCLUSIVE MODE');
        const release = setTimeout(() => void locker.query('ROLLBACK').catch(() => undefined), LOCK_HELD_MS);
        try {
          // The second write, to another subject, comes while the first one's batch hangs on the lock.
          const first = timedWrite();
          await new Promise((resolve) => setTimeout(resolve, STORE_TIMEOUT_MS / 2));
          const answers = await Promise.all([first, timedWrite()]);
          for (const { answer, ms } of answers) {
            expectUnavailable(answer);
            expect(ms).toBeLessThan(STORE_TIMEOUT_MS + MARGIN_MS);
          }
        } finally {
          clearTimeout(release);
        }
        await locker.query('ROLLBACK');
      } finally {
        await locker.end();
      }
      expect((await write()).status).toBe(201);
    }, 60_000);

    it('answers 503 while the database refuses connections (55000), and writes again once it takes them', async () => {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      for (let i = 0; i < 3; i++) expectUnavailable(await write());
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      await eventually(async () => (await write()).status === 201, 15_000);
    }, 30_000);

    it('answers 503 when the events table is gone (42P01)', async () => {
      await admin.end();
      admin = new Client({ connectionString: url.toString() });
      await admin.connect();
      await admin.query('DROP TABLE ledger.events');
      for (let i = 0; i < 3; i++) expectUnavailable(await write());
      await admin.end();
      admin = new Client({ connectionString: adminUrl });
      await admin.connect();
    }, 30_000);
  },
);
