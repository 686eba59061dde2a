import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { SubjectCache } from './subject-cache';

/** A subject's stream as the store would hold it, with global positions given by the test. */
function streamOf(subjectId: string, positions: number[]): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const position of positions) {
    const event = testEvent(subjectId, events[events.length - 1] ?? null);
    events.push({ ...event, position: String(position) });
  }
  return events;
}

/** A store read the test lets finish when it says. */
function slowStore(streams: Record<string, StoredEvent[]>) {
  const pending: (() => void)[] = [];
  return {
    reads: 0,
    readStream(subjectId: string): Promise<StoredEvent[]> {
      this.reads++;
      return new Promise((resolve) => pending.push(() => resolve(streams[subjectId] ?? [])));
    },
    finishReads: () => pending.splice(0).forEach((finish) => finish()),
  };
}

const revisions = (cache: SubjectCache, subjectId: string) => cache.lookUp(subjectId)?.events.length;

describe('SubjectCache: a history from memory or from the store is the one at the position applied', () => {
  it('cuts a stream read from the store at the position the read side has applied', async () => {
    const stream = streamOf('s-1', [2, 5, 9]);
    const store = slowStore({ 's-1': stream });
    const cache = new SubjectCache(10, (id) => store.readStream(id));
    const loading = cache.load('s-1', 5n);
    store.finishReads();
    const history = await loading;
    expect(history.revision).toBe(1);
    expect(history.events.map((event) => event.eventId)).toEqual([stream[0].eventId, stream[1].eventId]);
  });

  it('adds what the read side applies while the stream is being read, once', async () => {
    const stream = streamOf('s-1', [2, 5, 9]);
    const store = slowStore({ 's-1': stream });
    const cache = new SubjectCache(10, (id) => store.readStream(id));
    const loading = cache.load('s-1', 2n);
    // The read side applies positions 5 and 9 before the read answers (which then holds them too).
    cache.apply(stream[1], true);
    cache.apply(stream[2], true);
    store.finishReads();
    expect((await loading).revision).toBe(2);
    expect((await loading).events).toHaveLength(3);
  });

  it('reads a subject asked for by many at once a single time', async () => {
    const store = slowStore({ 's-1': streamOf('s-1', [1]) });
    const cache = new SubjectCache(10, (id) => store.readStream(id));
    const both = Promise.all([cache.load('s-1', 1n), cache.load('s-1', 1n)]);
    store.finishReads();
    const [first, second] = await both;
    expect(first).toBe(second);
    expect(store.reads).toBe(1);
  });

  it('keeps a pinned history current after the cache has let it go, until it is unpinned', async () => {
    const stream = streamOf('s-1', [1, 3]);
    const store = slowStore({ 's-1': stream, 's-2': streamOf('s-2', [2]) });
    const cache = new SubjectCache(1, (id) => store.readStream(id));
    const first = cache.load('s-1', 1n);
    store.finishReads();
    const pinned = await first;
    const second = cache.load('s-2', 2n);
    store.finishReads();
    await second;
    expect(cache.lookUp('s-1')).toBe(pinned);
    cache.apply(stream[1], true);
    expect(pinned.revision).toBe(1);
    cache.unpin('s-1');
    expect(cache.lookUp('s-1')).toBeUndefined();
  });

  it('holds at most its capacity of unpinned subjects, the most recently used', async () => {
    const store = slowStore({});
    const cache = new SubjectCache(2, (id) => store.readStream(id));
    for (const id of ['a', 'b', 'c']) {
      const loading = cache.load(id, 0n);
      store.finishReads();
      await loading;
      cache.unpin(id);
    }
    expect(cache.size).toBe(2);
    expect([revisions(cache, 'a'), revisions(cache, 'b'), revisions(cache, 'c')]).toEqual([undefined, 0, 0]);
  });

  it('keeps a subject looked up among the most recently used, letting go of one not looked up', async () => {
    const store = slowStore({});
    const cache = new SubjectCache(2, (id) => store.readStream(id));
    const loadUnpinned = async (id: string) => {
      const loading = cache.load(id, 0n);
      store.finishReads();
      await loading;
      cache.unpin(id);
    };
    await loadUnpinned('a');
    await loadUnpinned('b');
    expect(cache.lookUp('a')).toBeDefined();
    await loadUnpinned('c');
    expect([cache.lookUp('a'), cache.lookUp('b')].map((history) => history !== undefined)).toEqual([
      true,
      false,
    ]);
  });

  it('starts the history of a new subject from its first event once live, and not while replaying', () => {
    const cache = new SubjectCache(10, () => Promise.reject(new Error('no read expected')));
    const [replayed] = streamOf('s-1', [1]);
    const [live] = streamOf('s-2', [2]);
    cache.apply(replayed, false);
    cache.apply(live, true);
    expect(cache.lookUp('s-1')).toBeUndefined();
    expect(cache.lookUp('s-2')?.revision).toBe(0);
  });

  it('drops a held history that an event does not follow, to be read again', async () => {
    const stream = streamOf('s-1', [1, 2, 3]);
    const store = slowStore({ 's-1': stream });
    const cache = new SubjectCache(10, (id) => store.readStream(id));
    const loading = cache.load('s-1', 1n);
    store.finishReads();
    await loading;
    cache.unpin('s-1');
    cache.apply(stream[2], true);
    expect(cache.lookUp('s-1')).toBeUndefined();
  });

  describe('reading at once, where the store reads without waiting', () => {
    const streams = { 's-1': streamOf('s-1', [2, 5, 9]) };
    const readAtOnce = (id: string) => streams[id as 's-1'] ?? [];

    it('cuts the stream at the position applied and keeps the history', () => {
      const cache = new SubjectCache(10, () => Promise.reject(new Error('no wait expected')), readAtOnce);
      const history = cache.readAtOnce('s-1', 5n);
      expect(history?.events.map((event) => event.eventId)).toEqual(
        streams['s-1'].slice(0, 2).map((event) => event.eventId),
      );
      expect(cache.lookUp('s-1')).toBe(history);
    });

    it('keeps an unknown subject as an empty history, which its first event then starts', () => {
      const cache = new SubjectCache(10, () => Promise.reject(new Error('no wait expected')), readAtOnce);
      expect(cache.readAtOnce('s-2', 9n)).toEqual({ revision: -1, events: [] });
      cache.apply(streamOf('s-2', [10])[0], true);
      expect(cache.lookUp('s-2')?.revision).toBe(0);
    });

    it('reads nothing where the store has no read at once, or while a read of the subject is under way', async () => {
      const store = slowStore(streams);
      expect(new SubjectCache(10, (id) => store.readStream(id)).readAtOnce('s-1', 9n)).toBeUndefined();
      const cache = new SubjectCache(10, (id) => store.readStream(id), readAtOnce);
      const loading = cache.load('s-1', 2n);
      // The read under way gathers what the read side applies meanwhile: a second read would not.
      expect(cache.readAtOnce('s-1', 9n)).toBeUndefined();
      store.finishReads();
      expect((await loading).revision).toBe(0);
    });
  });
});
