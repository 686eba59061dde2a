import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailable, StoredEvent, WrongExpectedRevision } from '../event-store.port';
import { describeEventStoreConformance, reopenableStore } from '../testing/event-store-conformance';
import { appendChain, eventually, T0, testEvent } from '../testing/test-events';
import { SqliteEventStore } from './sqlite-event-store';

describeEventStoreConformance(
  'SQLite',
  async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
    const open = async () => {
      const opened = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
      await opened.init();
      return opened;
    };
    return reopenableStore(open, () => rm(dir, { recursive: true, force: true }));
  },
  { readsInProcess: true },
);

describe('SQLite event store shared by two connections', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
  });
  afterEach(async () => rm(dir, { recursive: true, force: true }));

  it("delivers to a subscriber the events another process appends, and keeps both processes' revisions apart", async () => {
    const reader = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
    const writer = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
    await reader.init();
    await writer.init();
    const received: StoredEvent[] = [];
    const subscription = reader.subscribeToAll(null, (events) => {
      received.push(...events);
    });
    try {
      const written = await appendChain(writer, 'subject-1', 3);
      await eventually(() => received.length >= 3);
      expect(received).toEqual(written);

      const stale = testEvent('subject-1', null);
      await expect(reader.append(stale, { expectedRevision: -1 })).rejects.toBeInstanceOf(
        WrongExpectedRevision,
      );
    } finally {
      await subscription.close();
      await reader.close();
      await writer.close();
    }
  });
});

describe('SQLite event store', () => {
  let dir: string;
  let store: SqliteEventStore;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
    store = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
    await store.init();
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('fails only the faulty append of a group commit, even one the database itself refuses', async () => {
    const [first] = await appendChain(store, 'subject-1', 1);
    const duplicateId = { ...testEvent('subject-2', null), eventId: first.eventId };
    const sound = testEvent('subject-3', null);

    const [refused, written] = await Promise.allSettled([
      store.append(duplicateId, { expectedRevision: -1 }),
      store.append(sound, { expectedRevision: -1 }),
    ]);

    expect(refused).toMatchObject({ status: 'rejected', reason: { code: 'SQLITE_CONSTRAINT_UNIQUE' } });
    expect(written.status).toBe('fulfilled');
    expect((await store.readAll(null, 10)).map((event) => event.streamId)).toEqual([
      'subject-1',
      'subject-3',
    ]);
  });

  it('reports a file it cannot open as StoreUnavailable', async () => {
    const unopenable = new SqliteEventStore({ file: dir });
    await expect(unopenable.init()).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(unopenable.readAll(null, 1)).rejects.toBeInstanceOf(StoreUnavailable);
  });
});

describe('SQLite event store: destroying a data key', () => {
  it('leaves no copy of the destroyed key in the database file or its write-ahead log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
    const file = join(dir, 'ledger.sqlite');
    const store = new SqliteEventStore({ file });
    const wrappedKey = Buffer.from('a wrapped data key that must not survive erasure');
    const onDisk = () =>
      Buffer.concat([file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path)));
    try {
      await store.init();
      await store.putDataKeyIfAbsent('subject-1', wrappedKey);
      const [opening] = await appendChain(store, 'subject-1', 1);
      expect(onDisk().includes(wrappedKey)).toBe(true);

      const erasure = testEvent('subject-1', opening, { type: 'ErasureCompleted', data: { retain: [] } });
      await store.append(erasure, { expectedRevision: 0, destroyDataKeys: ['subject-1'] });

      expect(onDisk().includes(wrappedKey)).toBe(false);
      expect(await store.readStream('subject-1')).toHaveLength(2);
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite event store: a file made before data keys had key ids', () => {
  it('keeps its keys and tombstones under their subject ids, however many processes open it at once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
    const file = join(dir, 'ledger.sqlite');
    const older = new Database(file);
    older.exec(`
      CREATE TABLE data_keys (stream_id TEXT PRIMARY KEY, wrapped_key BLOB, destroyed_at TEXT);
      INSERT INTO data_keys VALUES ('subject-1', CAST('kept' AS BLOB), NULL), ('subject-2', NULL, '${T0}');`);
    older.close();
    const stores = [new SqliteEventStore({ file }), new SqliteEventStore({ file })];
    try {
      await Promise.all(stores.map((store) => store.init()));

      expect(await stores[0].getDataKey('subject-1')).toEqual(Buffer.from('kept'));
      expect(await stores[1].putDataKeyIfAbsent('subject-2', Buffer.from('new'))).toBeNull();
      const scoped = Buffer.from('scoped');
      expect(await stores[1].putDataKeyIfAbsent('subject-1/purpose:fiscal-retention', scoped)).toEqual(
        scoped,
      );
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
