import { CATALOGUE_STREAM } from '@ledger/domain';
import { InMemoryEventStore, StoredEvent, StoreUnavailable } from '@ledger/event-store';
import { appendChain } from '@ledger/event-store/testing/test-events';
import { HistoriesAt } from './histories-at';
import { SubjectCache } from './subject-cache';
import { SubjectHistories } from './subject-histories';

const eventIds = (histories: HistoriesAt, subjectId: string) =>
  histories.events(subjectId).map((event) => event.eventId);

describe("SubjectHistories: many subjects' histories at one position, from memory or from the store", () => {
  let store: InMemoryEventStore;
  let readFailure: Error | null;
  let applied: bigint;
  let contact: { failed: jest.Mock };
  let metrics: { readCacheHits: { value: number }; readCacheMisses: { value: number } };
  let cache: SubjectCache;
  let histories: SubjectHistories;

  /** Makes `event` the one the read side applied last, as the read side would once live. */
  const applyLive = (event: StoredEvent) => {
    cache.apply(event, true);
    applied = BigInt(event.position);
  };

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    readFailure = null;
    applied = 0n;
    contact = { failed: jest.fn() };
    metrics = { readCacheHits: { value: 0 }, readCacheMisses: { value: 0 } };
    // Room for one subject: a read from the store pushes out the one held before it.
    cache = new SubjectCache(
      1,
      (id) => (readFailure ? Promise.reject(readFailure) : store.readStream(id)),
      (id) => {
        if (readFailure) throw readFailure;
        return store.readStreamAtOnce(id);
      },
    );
    histories = new SubjectHistories(
      cache,
      store,
      contact,
      () => applied,
      () => String(applied),
      metrics,
    );
  });

  it('counts each subject asked once, a hit when held and a miss when read, and reads at the position applied', async () => {
    const [held] = await appendChain(store, 's-1', 1);
    // The second event of s-2 lies beyond the position applied, so the answer leaves it out.
    const [first] = await appendChain(store, 's-2', 2);
    applyLive(held);
    applied = BigInt(first.position);

    const answer = await histories.of(['s-1', 's-2', 's-1', 's-2']);

    expect([metrics.readCacheHits.value, metrics.readCacheMisses.value]).toEqual([1, 1]);
    expect(answer.position).toBe(first.position);
    expect(eventIds(answer, 's-1')).toEqual([held.eventId]);
    expect(eventIds(answer, 's-2')).toEqual([first.eventId]);
  });

  it('lets go of the subjects it answered from once the answer is made', async () => {
    const [held] = await appendChain(store, 's-1', 1);
    const [read] = await appendChain(store, 's-2', 1);
    applyLive(held);
    applied = BigInt(read.position);

    const answer = await histories.of(['s-1', 's-2']);

    expect(eventIds(answer, 's-1')).toEqual([held.eventId]);
    expect([cache.lookUp('s-1'), cache.lookUp('s-2')?.revision]).toEqual([undefined, 0]);
  });

  it('takes the read side out of service when the store is out of reach for a read', async () => {
    await appendChain(store, 's-1', 1);
    readFailure = new StoreUnavailable('the store does not answer');

    await expect(histories.of(['s-1'])).rejects.toBe(readFailure);
    expect(contact.failed.mock.calls).toEqual([[readFailure]]);
  });

  it('fails only the answer on any other error of a read', async () => {
    await appendChain(store, 's-1', 1);
    readFailure = new Error('a malformed row');

    await expect(histories.of(['s-1'])).rejects.toBe(readFailure);
    expect(contact.failed).not.toHaveBeenCalled();
  });

  it('pages through every subject in the store, the catalogue stream left out', async () => {
    const subjectIds = Array.from({ length: 501 }, (_, i) => `s-${String(i).padStart(3, '0')}`);
    await appendChain(store, CATALOGUE_STREAM, 1);
    for (const subjectId of subjectIds) await appendChain(store, subjectId, 1);

    const pages: string[][] = [];
    for await (const page of histories.everySubject()) pages.push([...page.subjectIds()]);

    expect(pages.length).toBe(2);
    expect(pages.flat()).toEqual(subjectIds);
  });

  describe('histories now, for an answer given at once', () => {
    const idsOf = (events: readonly { eventId: string }[] | undefined) =>
      events?.map((event) => event.eventId);

    it('answers from memory as hits, and from the store at once as a miss only when asked to read it', async () => {
      const [held] = await appendChain(store, 's-1', 1);
      const [first] = await appendChain(store, 's-2', 2);
      applyLive(held);
      applied = BigInt(first.position);

      expect(idsOf(histories.now(['s-1', 's-1'], false)?.get('s-1'))).toEqual([held.eventId]);
      expect(histories.now(['s-2'], false)).toBeUndefined();
      expect(idsOf(histories.now(['s-2'], true)?.get('s-2'))).toEqual([first.eventId]);
      expect([metrics.readCacheHits.value, metrics.readCacheMisses.value]).toEqual([1, 1]);
    });

    it('counts nothing when one of the subjects takes a wait, as the answer that waits counts them', async () => {
      const [held] = await appendChain(store, 's-1', 1);
      await appendChain(store, 's-2', 1);
      applyLive(held);

      expect(histories.now(['s-1', 's-2'], false)).toBeUndefined();
      expect([metrics.readCacheHits.value, metrics.readCacheMisses.value]).toEqual([0, 0]);
    });

    it('takes the read side out of service when the store is out of reach for a read at once', async () => {
      await appendChain(store, 's-1', 1);
      readFailure = new StoreUnavailable('the store does not answer');

      expect(() => histories.now(['s-1'], true)).toThrow(readFailure);
      expect(contact.failed.mock.calls).toEqual([[readFailure]]);
    });
  });
});
