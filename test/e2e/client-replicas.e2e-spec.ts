import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { probeSync } from '../../libs/event-store/src/testing/probe';
import { clientFor, collectChanges } from '../support/ledger-clients';
import { ServerProcess } from '../support/server-process';

const url = process.env.LEDGER_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const unreachable = probeSync(
  `const { Client } = require(process.argv[1]);
   const client = new Client({ connectionString: process.argv[2], connectionTimeoutMillis: 3000 });
   client.connect().then(() => client.end(), (error) => { console.error(error.message); process.exit(1); });`,
  [require.resolve('pg'), url],
);
if (unreachable && process.env.CI) {
  throw new Error(`PostgreSQL at ${url} is unreachable in CI: ${unreachable}`);
}
if (unreachable) {
  console.warn(`skipping the two-replica client tests: PostgreSQL at ${url} is unreachable (${unreachable})`);
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

(unreachable ? describe.skip : describe)('LedgerClient across two API replicas on PostgreSQL', () => {
  // A schema of this run's own: creating it is a short transaction, as the store's own tests make. (Creating a
  // database holds a transaction id long enough to hold back every PostgreSQL reader of the cluster.)
  const schema = `ledger_client_${randomBytes(5).toString('hex')}`;
  const replicas: ServerProcess[] = [];

  beforeAll(async () => {
    const env = { LEDGER_STORE: 'postgres', LEDGER_POSTGRES_URL: url, LEDGER_POSTGRES_SCHEMA: schema };
    // The first creates the schema; the second starts on it.
    replicas.push(await ServerProcess.start(env));
    replicas.push(await ServerProcess.start(env));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.kill()));
    await admin(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  });

  /** A load balancer in the caller's place: each request goes to the next replica. */
  function roundRobin() {
    let next = 0;
    const served: string[] = [];
    const fetchNext = ((input: string, init: RequestInit) => {
      const replica = replicas[next++ % replicas.length];
      served.push(replica.baseUrl);
      return fetch(input.replace('http://replicas', replica.baseUrl), init);
    }) as typeof fetch;
    return { fetch: fetchNext, served };
  }

  it('reads its own writes whichever replica answers', async () => {
    const balancer = roundRobin();
    const client = clientFor('http://replicas', 'dpo', { fetch: balancer.fetch });
    for (let i = 0; i < 20; i++) {
      const id = `replica-${i}`;
      const basis = await client.establishBasis(id, { purpose: 'collection', legalBasis: 'contract' });
      expect(await client.check(id, 'collection')).toMatchObject({ permitted: true });
      const withdrawn = await client.withdrawBasis(id, basis.basisId, { reason: 'contract-ended' });
      const [decision] = await client.checkMany([{ subjectId: id, purpose: 'collection' }]);
      expect(decision).toMatchObject({ permitted: false, reasons: [{ code: 'BASIS_WITHDRAWN' }] });
      expect(BigInt(decision.position)).toBeGreaterThanOrEqual(BigInt(withdrawn.position));
    }
    // Every write was read back on the other replica.
    expect(new Set(balancer.served).size).toBe(2);
  });

  it('streams on one replica the changes written through the other', async () => {
    const [first, second] = replicas;
    const writer = clientFor(first.baseUrl, 'operator');
    const before = await writer.establishBasis('replica-stream-0', {
      purpose: 'collection',
      legalBasis: 'contract',
    });
    const messages = collectChanges(
      clientFor(second.baseUrl, 'system'),
      { from: before.position },
      (message) => message.subjectId === 'replica-stream-2',
    );
    const answers = [];
    for (let i = 1; i <= 2; i++) {
      answers.push(
        await writer.establishBasis(`replica-stream-${i}`, { purpose: 'collection', legalBasis: 'contract' }),
      );
    }
    expect((await messages).map((message) => message.eventId)).toEqual(
      answers.map((answer) => answer.eventId),
    );
  });
});
