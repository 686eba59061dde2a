import { EventStore } from '../../event-store.port';
import { appendChain, expectIncreasingPositions, lastPosition, untilLogged } from '../test-events';

export function readingConformance(store: () => EventStore): void {
  describe('reading the global log', () => {
    it('has no head and no events while empty', async () => {
      expect(await store().headPosition()).toBeNull();
      expect(await store().readAll(null, 10)).toEqual([]);
    });

    it('reads from the start, after a position, and up to a limit, in append order', async () => {
      const first = await appendChain(store(), 'subject-1', 2);
      const second = await appendChain(store(), 'subject-2', 3);
      const appended = [...first, ...second];
      await untilLogged(store(), lastPosition(appended));

      expect(await store().readAll(null, 100)).toEqual(appended);
      expect(await store().readAll(null, 2)).toEqual(appended.slice(0, 2));
      expect(await store().readAll(appended[1].position, 2)).toEqual(appended.slice(2, 4));
      expect(await store().readAll(appended[4].position, 10)).toEqual([]);
    });

    it('gives positions as decimal integers, strictly increasing along the log', async () => {
      await appendChain(store(), 'subject-1', 3);
      await untilLogged(store(), lastPosition(await appendChain(store(), 'subject-2', 3)));
      expectIncreasingPositions(await store().readAll(null, 100));
    });

    it('reports the position of the last event as the head', async () => {
      await appendChain(store(), 'subject-1', 2);
      const last = (await appendChain(store(), 'subject-2', 1))[0];
      await untilLogged(store(), last.position);
      expect(await store().headPosition()).toBe(last.position);
    });
  });
}
