import { EventStore, WrongExpectedRevision } from '../../event-store.port';
import { verifyChain } from '../../verify-log';
import {
  appendAtHead,
  appendChain,
  expectIncreasingPositions,
  lastPosition,
  testEvent,
  untilLogged,
} from '../test-events';

export function concurrencyConformance(store: () => EventStore): void {
  describe('concurrent writers', () => {
    it('refuses the loser of a race for one revision, and only it', async () => {
      const [a, b, c] = await Promise.allSettled([
        store().append(testEvent('subject-1', null), { expectedRevision: -1 }),
        store().append(testEvent('subject-1', null), { expectedRevision: -1 }),
        store().append(testEvent('subject-2', null), { expectedRevision: -1 }),
      ]);

      const race = [a, b];
      expect(race.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const [lost] = race.filter((outcome) => outcome.status === 'rejected');
      expect((lost as PromiseRejectedResult).reason).toBeInstanceOf(WrongExpectedRevision);
      expect((lost as PromiseRejectedResult).reason).toMatchObject({ actualRevision: 0 });
      expect(c.status).toBe('fulfilled');
      expect(await store().readStream('subject-1')).toHaveLength(1);
    });

    it('lets 50 writers retrying on conflict build one gap-free stream', async () => {
      const writers = Array.from({ length: 50 }, (_, writer) =>
        appendAtHead(store(), 'contended', { writer }),
      );
      await Promise.all(writers);

      const stream = await store().readStream('contended');
      expect(stream.map((event) => event.revision)).toEqual(Array.from({ length: 50 }, (_, i) => i));
      expect(new Set(stream.map((event) => event.data.writer)).size).toBe(50);
      expect(verifyChain(stream).valid).toBe(true);
    });

    it('logs every event of many streams written at once exactly once', async () => {
      const chains = await Promise.all(
        Array.from({ length: 20 }, (_, i) => appendChain(store(), `subject-${i}`, 10)),
      );
      await untilLogged(store(), lastPosition(chains.flat()));
      const log = await store().readAll(null, 1000);

      expect(log).toHaveLength(200);
      expectIncreasingPositions(log);
      const logged = new Map(log.map((event) => [event.eventId, event]));
      for (const event of chains.flat()) expect(logged.get(event.eventId)).toEqual(event);
    });
  });
}
