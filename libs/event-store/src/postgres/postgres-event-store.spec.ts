import { Client } from 'pg';
import { StoreUnavailable, StoredEvent } from '../event-store.port';
import { describeEventStoreContract } from '../testing/event-store-contract';
import {
  dropSchema,
  POSTGRES_TEST_URL as url,
  postgresSkipReason,
  uniqueName,
} from '../testing/postgres-test-server';
import { appendChain, eventually, testEvent } from '../testing/test-events';
import { appendEvent } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { postgresSql } from './postgres-sql';

const skipReason = postgresSkipReason();

/** A store in its own new schema, dropped afterwards, so tests never see each other's events. */
async function freshStore(): Promise<{
  store: PostgresEventStore;
  schema: string;
  cleanup: () => Promise<void>;
}> {
  const schema = uniqueName('ledger_test');
  const store = new PostgresEventStore({ connectionString: url, schema });
  await store.init();
  return {
    store,
    schema,
    cleanup: async () => {
      await store.close();
      await dropSchema(schema);
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
