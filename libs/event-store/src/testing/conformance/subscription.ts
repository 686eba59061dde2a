import { EventStore, StoredEvent } from '../../event-store.port';
import { appendChain, eventually, expectIncreasingPositions } from '../test-events';

/** Collects what a subscription delivers, and checks `onEvents` is never called while a call is running. */
function recorder() {
  const received: StoredEvent[] = [];
  let running = 0;
  let overlapped = false;
  const onEvents = async (events: StoredEvent[]): Promise<void> => {
    overlapped ||= running > 0;
    running++;
    await new Promise((resolve) => setImmediate(resolve));
    received.push(...events);
    running--;
  };
  return { received, onEvents, overlapped: () => overlapped };
}

/** Lets a subscription run a while longer, to catch events delivered twice or too many. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

export function subscriptionConformance(store: () => EventStore): void {
  describe('subscribing to the global log', () => {
    it('delivers the stored events, then new ones, in order, each once', async () => {
      const existing = await appendChain(store(), 'subject-1', 3);
      const { received, onEvents, overlapped } = recorder();
      const subscription = store().subscribeToAll(null, onEvents);
      try {
        await eventually(() => received.length >= 3);
        const live = [
          ...(await appendChain(store(), 'subject-2', 2)),
          ...(await appendChain(store(), 'subject-3', 1)),
        ];
        await eventually(() => received.length >= 6);
        await settle();

        expect(received).toEqual([...existing, ...live]);
        expect(overlapped()).toBe(false);
      } finally {
        await subscription.close();
      }
    });

    it('starts after the given position', async () => {
      const existing = await appendChain(store(), 'subject-1', 4);
      const { received, onEvents } = recorder();
      const subscription = store().subscribeToAll(existing[1].position, onEvents);
      try {
        await eventually(() => received.length >= 2);
        await settle();
        expect(received).toEqual(existing.slice(2));
      } finally {
        await subscription.close();
      }
    });

    it('delivers nothing after it is closed', async () => {
      const { received, onEvents } = recorder();
      const subscription = store().subscribeToAll(null, onEvents);
      await subscription.close();
      await appendChain(store(), 'subject-1', 2);
      await settle();
      expect(received).toEqual([]);
    });

    it('never skips an event committed while a subscriber follows the log (the gap test)', async () => {
      await appendChain(store(), 'seed', 3);
      const { received, onEvents, overlapped } = recorder();
      const subscription = store().subscribeToAll(null, onEvents);
      try {
        const writers = Array.from({ length: 12 }, (_, i) => appendChain(store(), `writer-${i}`, 8));
        const written = (await Promise.all(writers)).flat();
        await eventually(() => received.length >= 3 + written.length);
        await settle();

        expect(received).toEqual(await store().readAll(null, 1000));
        expectIncreasingPositions(received);
        const ids = new Set(received.map((event) => event.eventId));
        expect(ids.size).toBe(received.length);
        for (const event of written) expect(ids).toContain(event.eventId);
        expect(overlapped()).toBe(false);
      } finally {
        await subscription.close();
      }
    });
  });
}
