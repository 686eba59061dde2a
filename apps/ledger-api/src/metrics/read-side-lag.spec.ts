import { InMemoryEventStore } from '@ledger/event-store';
import { appendChain, T0 } from '@ledger/event-store/testing/test-events';
import { ReadSide } from '../read-side/read-side.service';
import { ReadSideLag } from './read-side-lag';

/** Ninety seconds after the test events were recorded. */
const clock = { now: () => '2026-11-24T10:01:30.000Z' };

describe('ReadSideLag', () => {
  let store: InMemoryEventStore;
  const readSide = { position: '0' };
  const lag = () => new ReadSideLag(store, readSide as ReadSide, clock).measure();

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    await appendChain(store, 'subject-1', 3);
  });

  it('counts the events stored after the read side, and the age of the oldest of them', async () => {
    readSide.position = '0';
    expect(T0).toBe('2026-11-24T10:00:00.000Z');
    expect(await lag()).toEqual({ events: 3, seconds: 90 });
    readSide.position = '2';
    expect(await lag()).toEqual({ events: 1, seconds: 90 });
  });

  it('is nothing once the read side has applied the head', async () => {
    readSide.position = (await store.headPosition())!;
    expect(await lag()).toEqual({ events: 0, seconds: 0 });
  });

  it('is not a number while the store cannot be read', async () => {
    await store.close();
    expect(await lag()).toEqual({ events: NaN, seconds: NaN });
  });
});
