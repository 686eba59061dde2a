import { randomBytes } from 'node:crypto';
import {
  POSTGRES_TEST_URL,
  postgresSkipReason,
  runSql,
  uniqueName,
} from '@ledger/event-store/testing/postgres-test-server';
import { eventually } from '@ledger/event-store/testing/test-events';
import { HttpTestCaller } from '../support/http-test-caller';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { ServerProcess, TEST_KEYS_ENV } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

const skipReason = postgresSkipReason();
if (skipReason) console.warn(`Skipping the replica tests: ${skipReason}`);

const PAST = '2026-02-02T09:00:00.000Z';

// Room for a few 5-second waits (see checkAfter) when the shared server is busy; a quiet run takes seconds.
jest.setTimeout(60_000);

/** Polls an HTTP condition until it holds, for at most 15 seconds. */
const eventuallyOverHttp = (condition: () => Promise<boolean>) => eventually(condition, 15_000, 200);

/**
 * A check that must see the write at `position`. `503 NOT_CAUGHT_UP` is the contract's answer when the read
 * side has not got there within 5 seconds, which a shared PostgreSQL server can cause (any long transaction in
 * the cluster holds every reader back): the test, like a client, asks again, at most three times.
 */
async function checkAfter(replica: HttpTestCaller, path: string, position: string) {
  for (let attempt = 1; ; attempt++) {
    const answer = await replica.get(`${path}?minPosition=${position}`);
    if (answer.body.code !== 'NOT_CAUGHT_UP' || attempt === 3) return answer;
  }
}

const readyStatus = async (server: HttpTestCaller) => (await fetch(`${server.baseUrl}/health/ready`)).status;

/**
 * Two built servers, each its own process with its own data directory, on one PostgreSQL schema. They log
 * in as a role of their own (also the schema's and the connections' application name), so the test can cut
 * exactly their connections, and keep them out, without touching anyone else's on the shared server.
 */
(skipReason ? describe.skip : describe)('two API processes on one PostgreSQL schema', () => {
  const role = uniqueName('ledger_replicas');
  const password = randomBytes(12).toString('hex');
  const temp = temporaryDirectories('replica');
  let a: ServerProcess;
  let b: ServerProcess;

  /** The test's URL, logging in as the role, with the role's name on every connection. */
  function serverUrl(): string {
    const url = new URL(POSTGRES_TEST_URL);
    url.username = role;
    url.password = password;
    url.searchParams.set('application_name', role);
    return url.toString();
  }

  beforeAll(async () => {
    await runSql([
      `CREATE ROLE "${role}" LOGIN PASSWORD '${password}'`,
      `DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO %I', current_database(), '${role}'); END $$`,
    ]);
    const env = {
      LEDGER_STORE: 'postgres',
      LEDGER_POSTGRES_URL: serverUrl(),
      LEDGER_POSTGRES_SCHEMA: role,
      // Shared by every replica: a caller's key works on both, and B unwraps the data keys that A created.
      LEDGER_API_KEYS: TEST_KEYS_ENV,
      LEDGER_MASTER_KEY: randomBytes(32).toString('hex'),
    };
    const dataDirs = [await temp.make(), await temp.make()];
    // Both start at once on an empty schema: creating it must not race.
    [a, b] = await Promise.all(
      dataDirs.map((dataDir) => ServerProcess.start({ ...env, LEDGER_DATA_DIR: dataDir })),
    );
  });

  afterAll(async () => {
    await Promise.all([a?.kill(), b?.kill()]);
    await runSql([
      `DROP SCHEMA IF EXISTS "${role}" CASCADE`,
      `DROP OWNED BY "${role}"`,
      `DROP ROLE "${role}"`,
    ]);
    await temp.removeAll();
  });

  it('are both ready', async () => {
    expect(await readyStatus(a)).toBe(200);
    expect(await readyStatus(b)).toBe(200);
  });

  it("sees a write through one replica on the other when asked with the write's position", async () => {
    const id = 'debtor-across';
    const basis = await a.post(
      `/v1/subjects/${id}/bases`,
      {
        purpose: 'credit-check-sharing',
        legalBasis: 'legitimate-interests',
        evidence: 'balancing test BT-7',
        occurredAt: PAST,
      },
      'operator',
    );
    expect(basis.status).toBe(201);
    const permitted = await checkAfter(
      b,
      `/v1/subjects/${id}/permissions/credit-check-sharing`,
      basis.body.position,
    );
    expect(permitted.body).toMatchObject({ permitted: true, basis: { basisId: basis.body.basisId } });

    const objection = await b.post(
      `/v1/subjects/${id}/objections`,
      { purposes: ['credit-check-sharing'], grounds: 'ik ben geen klant' },
      'operator',
    );
    const pending = await checkAfter(
      a,
      `/v1/subjects/${id}/permissions/credit-check-sharing`,
      objection.body.position,
    );
    expect(pending.body).toMatchObject({
      permitted: false,
      reasons: [{ code: 'OBJECTION_PENDING', eventId: objection.body.eventId }],
    });
    // Each replica reads the personal free text the other sealed: they share the master key.
    const { events } = (await a.get(`/v1/subjects/${id}/events`, 'auditor')).body;
    expect(events.map((event: any) => event.data.evidence ?? event.data.grounds)).toEqual([
      'balancing test BT-7',
      'ik ben geen klant',
    ]);
  });

  it('answers an Idempotency-Key retry sent to the other replica with the first answer', async () => {
    const id = 'debtor-retry';
    const headers = { 'idempotency-key': 'letter-2026-0117' };
    const body = { purposes: ['collection'], channel: 'letter' };
    const first = await a.post(`/v1/subjects/${id}/objections`, body, 'operator', headers);
    const retry = await b.post(`/v1/subjects/${id}/objections`, body, 'operator', headers);
    expect(first.status).toBe(201);
    expect(retry).toMatchObject({ status: 201, body: first.body });
    expect((await b.get(`/v1/subjects/${id}/events`, 'auditor')).body.revision).toBe(0);
  });

  it('keeps revisions gap-free and the chain valid under concurrent writes through both', async () => {
    const id = 'debtor-contended';
    const perReplica = 15;
    const answers = await Promise.all(
      [a, b].flatMap((replica) =>
        Array.from({ length: perReplica }, () =>
          replica.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] }, 'operator'),
        ),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(2 * perReplica).fill(201));
    const revisions = answers.map((answer) => answer.body.revision).sort((x, y) => x - y);
    expect(revisions).toEqual([...Array(2 * perReplica).keys()]);
    const last = answers.find((answer) => answer.body.revision === 2 * perReplica - 1)!.body;
    for (const replica of [a, b]) {
      const verification = await replica.get(`/v1/subjects/${id}/verification`, 'auditor');
      expect(verification.body).toMatchObject({ valid: true, eventCount: 2 * perReplica });
      const decision = await checkAfter(replica, `/v1/subjects/${id}/permissions/collection`, last.position);
      expect(decision.body.reasons[0]).toMatchObject({ code: 'NO_BASIS' });
    }
  });

  it('refuses checks and writes while its connections are cut and kept out, and recovers by itself', async () => {
    await runSql([
      `ALTER ROLE "${role}" CONNECTION LIMIT 0`,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '${role}'`,
    ]);
    let restored = false;
    try {
      for (const replica of [a, b]) {
        await eventuallyOverHttp(async () => {
          const check = await replica.get('/v1/subjects/debtor-across/permissions/collection');
          return check.body.code === 'STORE_UNAVAILABLE';
        });
        const check = await replica.get('/v1/subjects/debtor-across/permissions/collection');
        expect(check).toMatchObject({ status: 503, body: { status: 503, code: 'STORE_UNAVAILABLE' } });
        expect(await readyStatus(replica)).toBe(503);
      }
      const write = await a.post('/v1/subjects/debtor-across/objections', { purposes: ['collection'] });
      expect(write.body).toMatchObject({ status: 503, code: 'STORE_UNAVAILABLE' });
      await runSql([`ALTER ROLE "${role}" CONNECTION LIMIT -1`]);
      restored = true;
      for (const replica of [a, b]) {
        await eventuallyOverHttp(async () => (await readyStatus(replica)) === 200);
      }
      const basis = await b.post(
        '/v1/subjects/debtor-after-outage/bases',
        { ...COLLECTION_CONTRACT, occurredAt: PAST },
        'operator',
      );
      expect(basis.status).toBe(201);
      const check = await checkAfter(
        a,
        `/v1/subjects/debtor-after-outage/permissions/collection`,
        basis.body.position,
      );
      expect(check.body).toMatchObject({ permitted: true, reasons: [{ code: 'BASIS_ACTIVE' }] });
    } finally {
      if (!restored) await runSql([`ALTER ROLE "${role}" CONNECTION LIMIT -1`]);
    }
  });
});
