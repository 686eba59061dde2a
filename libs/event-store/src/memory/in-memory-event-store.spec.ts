import { StoreUnavailable } from '../event-store.port';
import { describeEventStoreConformance } from '../testing/event-store-conformance';
import { appendChain, testEvent } from '../testing/test-events';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreConformance(
  'in-memory',
  async () => {
    const store = new InMemoryEventStore();
    await store.init();
    return {
      store,
      reopen: async () => {
        await store.close();
        await store.init();
        return store;
      },
      cleanup: () => store.close(),
    };
  },
  { readsInProcess: true },
);

describe('in-memory event store', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });
  afterEach(() => store.close());

  it('keeps its own copies: changing an event appended or read changes nothing stored', async () => {
    const event = testEvent('subject-1', null, { data: { note: 'as appended' } });
    const { position } = await store.append(event, { expectedRevision: -1 });
    event.data.note = 'changed by the caller';
    const [read] = await store.readStream('subject-1');
    read.data.note = 'changed by a reader';

    const [again] = await store.readAll(null, 1);
    expect(again).toEqual({ ...event, position, data: { ...event.data, note: 'as appended' } });
  });

  it("refuses an event id already stored, as the SQL stores' unique constraint does", async () => {
    const [first] = await appendChain(store, 'subject-1', 1);
    const reused = { ...testEvent('subject-2', null), eventId: first.eventId };
    await expect(store.append(reused, { expectedRevision: -1 })).rejects.toThrow(
      `event id ${first.eventId} is already stored`,
    );
    expect(await store.readStream('subject-2')).toEqual([]);
  });

  it('is unavailable before init() and after close(), and reads its events again when reopened', async () => {
    const appended = await appendChain(store, 'subject-1', 2);
    await store.close();
    await expect(store.readStream('subject-1')).rejects.toBeInstanceOf(StoreUnavailable);
    await expect(new InMemoryEventStore().headPosition()).rejects.toBeInstanceOf(StoreUnavailable);

    await store.init();
    expect(await store.readAll(null, 10)).toEqual(appended);
  });
});
