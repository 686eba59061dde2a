import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { StoreUnavailable, StoredEvent } from '../event-store.port';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { probeSync } from '../testing/probe';
import { appendChain, eventually, testEvent } from '../testing/test-events';
import { appendEvent } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { postgresSql } from './postgres-sql';

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
const skipReason = unreachable ? `PostgreSQL at ${url} is unreachable (${unreachable})` : undefined;

/** A store in its own new schema, dropped afterwards, so tests never see each other's events. */
async function freshStore(): Promise<{
  store: PostgresEventStore;
  schema: string;
  cleanup: () => Promise<void>;
}> {
  const schema = `ledger_test_${randomBytes(6).toString('hex')}`;
  const store = new PostgresEventStore({ connectionString: url, schema });
  await store.init();
  return {
    store,
    schema,
    cleanup: async () => {
      await store.close();
      const client = new Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

describeEventStoreContract('PostgreSQL', freshStore, { skipReason });

(skipReason ? describe.skip : describe)('PostgreSQL event store', () => {
  it('creates its schema once when several processes start at the same time', async () => {
    const first = await freshStore();
    const others = Array.from(
      { length: 4 },
      () => new PostgresEventStore({ connectionString: url, schema: first.schema }),
    );
    try {
      await Promise.all(others.map((store) => store.init()));
    } finally {
      await Promise.all(others.map((store) => store.close()));
      await first.cleanup();
    }
  });

  it('holds back an event committed after one with a lower position that is still in flight', async () => {
    const { store, schema, cleanup } = await freshStore();
    const slow = new Client({ connectionString: url });
    await slow.connect();
    const received: StoredEvent[] = [];
    const subscription = store.subscribeToAll(null, (events) => {
      received.push(...events);
    });
    try {
      // The slow writer takes its position (transaction id) first, then a fast one commits past it.
      await slow.query('BEGIN');
      const early = testEvent('slow', null);
      const { position: earlyPosition } = await appendEvent(slow as never, postgresSql(schema), early, {
        expectedRevision: -1,
      });
      const [late] = await appendChain(store, 'fast', 1);
      expect(BigInt(late.position)).toBeGreaterThan(BigInt(earlyPosition));

      await new Promise((resolve) => setTimeout(resolve, 700));
      expect(received).toEqual([]);
      expect(await store.readAll(null, 10)).toEqual([]);
      expect(await store.headPosition()).toBeNull();

      await slow.query('COMMIT');
      await eventually(() => received.length >= 2);
      expect(received).toEqual([{ ...early, position: earlyPosition }, late]);
    } finally {
      await subscription.close();
      await slow.end();
      await cleanup();
    }
  });

  it('reports an unreachable server as StoreUnavailable', async () => {
    const store = new PostgresEventStore({ connectionString: 'postgres://postgres@127.0.0.1:1/test' });
    try {
      await expect(store.init()).rejects.toBeInstanceOf(StoreUnavailable);
      await expect(store.readAll(null, 1)).rejects.toBeInstanceOf(StoreUnavailable);
    } finally {
      await store.close();
    }
  });
});
