import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StoredEvent, WrongExpectedRevision } from '../event-store.port';
import { describeEventStoreContract } from '../testing/event-store-contract';
import { appendChain, eventually, testEvent } from '../testing/test-events';
import { SqliteEventStore } from './sqlite-event-store';

describeEventStoreContract('SQLite', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'ledger-sqlite-'));
  const store = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
  await store.init();
  return {
    store,
    cleanup: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

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
