import { randomBytes } from 'node:crypto';
import { POSTGRES_TEST_URL, postgresSkipReason } from '@ledger/event-store/testing/postgres-test-server';
import { eventually } from '@ledger/event-store/testing/test-events';
import { Client } from 'pg';
import { Answer, LedgerHarness } from '../support/ledger-harness';

/**
 * Fail closed on a real PostgreSQL outage. The ledger under test connects as a role of its own to a
 * database of its own; the outage is that role being refused (`CONNECTION LIMIT 0`) and its connections
 * terminated, which fails every query the way a lost server does, without touching the PostgreSQL server
 * other people use. A second ledger connected as the superuser (not limited) plays the other replica.
 */
const adminUrl = POSTGRES_TEST_URL;

const skipReason = postgresSkipReason();
if (skipReason) console.warn(`Skipping the PostgreSQL fail-closed suite: ${skipReason}`);

(skipReason ? describe.skip : describe)('fail closed on a PostgreSQL outage (HTTP)', () => {
  const name = `ledger_fail_closed_${randomBytes(4).toString('hex')}`;
  const urlAs = (user: string) => {
    const url = new URL(adminUrl);
    url.username = user;
    url.pathname = `/${name}`;
    return url.toString();
  };
  let admin: Client;
  let ledger: LedgerHarness;
  let replica: LedgerHarness;
  const subjectId = 'pg-fail-closed-1';
  const check = () => ledger.get(`/v1/subjects/${subjectId}/permissions/credit-check-sharing`);
  const ready = async () => (await ledger.get('/health/ready', null)).status === 200;

  beforeAll(async () => {
    admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE ROLE ${name} LOGIN`);
    await admin.query(`CREATE DATABASE ${name} OWNER ${name}`);
    // Replicas share the master key, so each reads the personal text (the basis's evidence) the other sealed.
    const masterKey = randomBytes(32).toString('hex');
    ledger = await LedgerHarness.start({ store: 'postgres', postgresUrl: urlAs(name), masterKey });
    replica = await LedgerHarness.start({
      store: 'postgres',
      postgresUrl: urlAs(new URL(adminUrl).username),
      masterKey,
    });
  }, 30_000);
  afterAll(async () => {
    await admin.query(`ALTER ROLE ${name} CONNECTION LIMIT -1`);
    await ledger?.stop();
    await replica?.stop();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`DROP ROLE IF EXISTS ${name}`);
    await admin.end();
  }, 30_000);

  const outage = async () => {
    await admin.query(`ALTER ROLE ${name} CONNECTION LIMIT 0`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = $1', [name]);
  };
  const expectProblem = (answer: Answer, status: number, code: string) => {
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status, code });
  };

  it('answers 503 while the store is gone, never what it knew before, and recovers by itself', async () => {
    const basis = {
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
      occurredAt: '2026-01-01T00:00:00.000Z',
    };
    expect((await ledger.post(`/v1/subjects/${subjectId}/bases`, basis)).status).toBe(201);
    expect((await check()).body).toMatchObject({ permitted: true });

    await outage();
    await eventually(async () => !(await ready()), 15_000);
    expectProblem(await check(), 503, 'STORE_UNAVAILABLE');
    expectProblem(
      await ledger.post(`/v1/subjects/${subjectId}/objections`, { purposes: ['collection'] }),
      503,
      'STORE_UNAVAILABLE',
    );
    // The other replica still reaches the store and records an objection: what the ledger knew is stale now.
    const objection = await replica.post(`/v1/subjects/${subjectId}/objections`, {
      purposes: ['credit-check-sharing'],
    });
    expect(objection.status).toBe(201);

    await admin.query(`ALTER ROLE ${name} CONNECTION LIMIT -1`);
    // From the outage until it has caught up, every answer is a 503; the first other answer is the new one.
    let answer = await check();
    for (const deadline = Date.now() + 15_000; answer.status === 503 && Date.now() < deadline;) {
      expect(answer.body.code).toMatch(/^(STORE_UNAVAILABLE|NOT_CAUGHT_UP)$/);
      await new Promise((resolve) => setTimeout(resolve, 20));
      answer = await check();
    }
    expect(answer.body).toMatchObject({ permitted: false, reasons: [{ code: 'OBJECTION_PENDING' }] });
    await eventually(ready, 10_000);
    const events = (await replica.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events;
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'BasisEstablished',
      'ObjectionFiled',
    ]);
  }, 60_000);
});
