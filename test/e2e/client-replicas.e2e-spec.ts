import {
  dropSchema,
  POSTGRES_TEST_URL,
  postgresSkipReason,
  uniqueName,
} from '@ledger/event-store/testing/postgres-test-server';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { clientFor, collectChanges } from '../support/ledger-clients';
import { ServerProcess } from '../support/server-process';

const skipReason = postgresSkipReason();
if (skipReason) console.warn(`Skipping the two-replica client tests: ${skipReason}`);

(skipReason ? describe.skip : describe)('LedgerClient across two API replicas on PostgreSQL', () => {
  // A schema of this run's own: creating it is a short transaction, as the store's own tests make. (Creating a
  // database holds a transaction id long enough to hold back every PostgreSQL reader of the cluster.)
  const schema = uniqueName('ledger_client');
  const replicas: ServerProcess[] = [];

  beforeAll(async () => {
    const env = {
      LEDGER_STORE: 'postgres',
      LEDGER_POSTGRES_URL: POSTGRES_TEST_URL,
      LEDGER_POSTGRES_SCHEMA: schema,
    };
    // The first creates the schema; the second starts on it.
    replicas.push(await ServerProcess.start(env));
    replicas.push(await ServerProcess.start(env));
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.kill()));
    await dropSchema(schema);
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
      const basis = await client.establishBasis(id, COLLECTION_CONTRACT);
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
    const before = await writer.establishBasis('replica-stream-0', COLLECTION_CONTRACT);
    const messages = collectChanges(
      clientFor(second.baseUrl, 'system'),
      { from: before.position },
      (message) => message.subjectId === 'replica-stream-2',
    );
    const answers = [];
    for (let i = 1; i <= 2; i++) {
      answers.push(await writer.establishBasis(`replica-stream-${i}`, COLLECTION_CONTRACT));
    }
    expect((await messages).map((message) => message.eventId)).toEqual(
      answers.map((answer) => answer.eventId),
    );
  });
});
