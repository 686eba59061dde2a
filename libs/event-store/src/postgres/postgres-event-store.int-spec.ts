import { Client } from 'pg';
import { EventToAppend, StoreUnavailable, StoredEvent, WrongExpectedRevision } from '../event-store.port';
import { describeEventStoreConformance, reopenableStore } from '../testing/event-store-conformance';
import {
  dropSchema,
  POSTGRES_TEST_URL as url,
  postgresSkipReason,
  runSql,
  uniqueName,
} from '../testing/postgres-test-server';
import { appendChain, eventually, T0, testEvent } from '../testing/test-events';
import { appendEvent } from './postgres-append';
import { PostgresEventStore } from './postgres-event-store';
import { postgresSql } from './postgres-sql';

const skipReason = postgresSkipReason();

/** A store in its own new schema, dropped afterwards, so tests never see each other's events. */
async function freshStore(): Promise<{
  store: PostgresEventStore;
  schema: string;
  reopen: () => Promise<PostgresEventStore>;
  cleanup: () => Promise<void>;
}> {
  const schema = uniqueName('ledger_test');
  const open = async () => {
    const opened = new PostgresEventStore({ connectionString: url, schema });
    await opened.init();
    return opened;
  };
  return { ...(await reopenableStore(open, () => dropSchema(schema))), schema };
}

/** Writes `event` at `position` by hand, as an older version of the adapter did. */
async function insertAt(schema: string, position: string, event: EventToAppend): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "${schema}".events (position, stream_id, revision, event_id, type, occurred_at, recorded_at,
                                       actor, data, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        position,
        event.streamId,
        event.revision,
        event.eventId,
        event.type,
        event.occurredAt,
        event.recordedAt,
        JSON.stringify(event.actor),
        JSON.stringify(event.data),
        event.prevHash,
        event.hash,
      ],
    );
  } finally {
    await client.end();
  }
}

describeEventStoreConformance('PostgreSQL', freshStore, { skipReason });

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

  it('writes appends made together in one transaction, each checked alone and in the order made', async () => {
    const { store, cleanup } = await freshStore();
    try {
      await appendChain(store, 'moved-on', 1);
      const opening = testEvent('chain', null);
      const next = testEvent('chain', opening);
      const [first, second, stale, other] = await Promise.allSettled([
        store.append(opening, { expectedRevision: -1 }),
        store.append(next, { expectedRevision: 0 }),
        store.append(testEvent('moved-on', null), { expectedRevision: -1 }),
        store.append(testEvent('other', null), { expectedRevision: -1 }),
      ]);

      expect([first.status, second.status, other.status]).toEqual(['fulfilled', 'fulfilled', 'fulfilled']);
      expect(stale.status).toBe('rejected');
      expect((stale as PromiseRejectedResult).reason).toMatchObject({ actualRevision: 0 });
      const chain = await store.readStream('chain');
      expect(chain.map((event) => event.eventId)).toEqual([opening.eventId, next.eventId]);
      expect(BigInt(chain[1].position)).toBeGreaterThan(BigInt(chain[0].position));
    } finally {
      await cleanup();
    }
  });

  it('answers reads and key puts made together each in full, the first key put for a stream winning', async () => {
    const { store, cleanup } = await freshStore();
    try {
      const chain = await appendChain(store, 'a', 2);
      const [first, again, unknown, kept, lost] = await Promise.all([
        store.readStream('a'),
        store.readStream('a'),
        store.readStream('b'),
        store.putDataKeyIfAbsent('a', Buffer.from('key-1')),
        store.putDataKeyIfAbsent('a', Buffer.from('key-2')),
      ]);

      expect(first).toEqual(chain);
      expect(again).toEqual(chain);
      expect(again).not.toBe(first);
      expect(unknown).toEqual([]);
      expect([kept, lost]).toEqual([Buffer.from('key-1'), Buffer.from('key-1')]);
    } finally {
      await cleanup();
    }
  });

  it("refuses the appends of a batch that lost a race to another process's, and only those", async () => {
    const { store, schema, cleanup } = await freshStore();
    const rival = new Client({ connectionString: url });
    await rival.connect();
    try {
      // The rival holds its append to `contested` uncommitted; the store's batch waits on it, then breaks
      // the stream's unique revision once it commits.
      await rival.query('BEGIN');
      await appendEvent(rival as never, postgresSql(schema), testEvent('contested', null), {
        expectedRevision: -1,
      });
      const batch = Promise.allSettled([
        store.append(testEvent('contested', null), { expectedRevision: -1 }),
        store.append(testEvent('innocent', null), { expectedRevision: -1 }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await rival.query('COMMIT');
      const [contested, innocent] = await batch;

      expect(contested.status).toBe('rejected');
      expect((contested as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
      expect((contested as PromiseRejectedResult).reason).toMatchObject({ actualRevision: 0 });
      expect(innocent.status).toBe('fulfilled');
      expect(await store.readStream('innocent')).toHaveLength(1);
    } finally {
      await rival.end();
      await cleanup();
    }
  });

  it('orders the log by position as a number, positions of logs written before batches included', async () => {
    const { store, schema, cleanup } = await freshStore();
    try {
      // Before appends were batched, a position was the plain transaction id: 9 is such a one, 70000 a
      // position of today's form. As text, "70000" would come before "9".
      await insertAt(schema, '9', testEvent('early', null));
      await insertAt(schema, '70000', testEvent('late', null));

      expect((await store.readAll(null, 10)).map((event) => event.position)).toEqual(['9', '70000']);
      expect((await store.readAll('9', 10)).map((event) => event.position)).toEqual(['70000']);
      expect(await store.headPosition()).toBe('70000');
    } finally {
      await cleanup();
    }
  });

  it('takes the default off the position column of an older log, so older processes cannot append', async () => {
    const { store, schema, cleanup } = await freshStore();
    try {
      await runSql([`ALTER TABLE "${schema}".events ALTER COLUMN position SET DEFAULT pg_current_xact_id()`]);
      const restarted = new PostgresEventStore({ connectionString: url, schema });
      await restarted.init();
      await restarted.close();

      await expect(
        runSql([
          `INSERT INTO "${schema}".events (stream_id, revision, event_id, type, occurred_at, recorded_at, actor,
             data, prev_hash, hash) VALUES ('s', 0, 'e', 't', '', '', '{}', '{}', '', '')`,
        ]),
      ).rejects.toMatchObject({ code: '23502' });
      expect(await store.readAll(null, 10)).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('keys the data keys of an older schema by key id, keeping keys and tombstones, as processes start at once', async () => {
    const schema = uniqueName('ledger_test');
    await runSql([
      `CREATE SCHEMA "${schema}"`,
      `CREATE TABLE "${schema}".data_keys (stream_id text PRIMARY KEY, wrapped_key bytea, destroyed_at text)`,
      `INSERT INTO "${schema}".data_keys VALUES ('subject-1', 'kept'::bytea, NULL), ('subject-2', NULL, '${T0}')`,
    ]);
    const stores = Array.from({ length: 4 }, () => new PostgresEventStore({ connectionString: url, schema }));
    try {
      await Promise.all(stores.map((store) => store.init()));

      expect(await stores[0].getDataKey('subject-1')).toEqual(Buffer.from('kept'));
      expect(await stores[1].putDataKeyIfAbsent('subject-2', Buffer.from('new'))).toBeNull();
      const scoped = Buffer.from('scoped');
      expect(await stores[2].putDataKeyIfAbsent('subject-1/purpose:fiscal-retention', scoped)).toEqual(
        scoped,
      );
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await dropSchema(schema);
    }
  });

  it('gives a log made before stream ids were listed their index at its next start', async () => {
    const { store, schema, reopen, cleanup } = await freshStore();
    try {
      await appendChain(store, 'subject-1', 2);
      await runSql([`DROP INDEX "${schema}".events_stream_ids`]);
      const restarted = await reopen();

      expect(await restarted.streamIds(null, 10)).toEqual(['subject-1']);
      const client = new Client({ connectionString: url });
      await client.connect();
      const { rows } = await client
        .query(`SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND indexname = 'events_stream_ids'`, [
          schema,
        ])
        .finally(() => client.end());
      expect(rows).toEqual([
        { indexdef: expect.stringContaining('(stream_id COLLATE "C") WHERE (revision = 0)') },
      ]);
    } finally {
      await cleanup();
    }
  });

  it("lists stream ids in code point order where the column's collation is a locale's", async () => {
    const { store, schema, cleanup } = await freshStore();
    try {
      // As a database created with a locale (en_US.UTF-8, say) collates its text by default.
      await runSql([`ALTER TABLE "${schema}".events ALTER COLUMN stream_id TYPE text COLLATE "en-x-icu"`]);
      for (const id of ['é', '_x', 'a', 'Z', 'B']) await appendChain(store, id, 1);

      expect(await store.streamIds(null, 10)).toEqual(['B', 'Z', '_x', 'a', 'é']);
      expect(await store.streamIds('Z', 2)).toEqual(['_x', 'a']);
    } finally {
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
