import { EventStore, IdempotencyKeyTaken } from '../../event-store.port';
import { rejectionOf, testEvent, untilLogged } from '../test-events';

/** Keys are scoped by the caller (API key name, NUL, client key), so a key may hold any character. */
const KEY = 'operator-1\u0000request-42';

export function idempotencyConformance(store: () => EventStore): void {
  describe('idempotency keys', () => {
    it('refuses a second append with a used key, appends nothing, and names the first event', async () => {
      const first = testEvent('subject-1', null);
      const { position } = await store().append(first, {
        expectedRevision: -1,
        idempotencyKey: KEY,
        requestHash: 'request-hash-1',
      });

      // A retry arrives after its own append moved the stream on, so it expects the new revision.
      const retry = testEvent('subject-1', first);
      const taken = await rejectionOf(
        store().append(retry, { expectedRevision: 0, idempotencyKey: KEY, requestHash: 'request-hash-1' }),
        IdempotencyKeyTaken,
      );
      expect(taken.key).toBe(KEY);
      const elsewhere = testEvent('subject-2', null);
      await rejectionOf(
        store().append(elsewhere, {
          expectedRevision: -1,
          idempotencyKey: KEY,
          requestHash: 'request-hash-2',
        }),
        IdempotencyKeyTaken,
      );

      expect(await store().findIdempotencyKey(KEY)).toEqual({
        requestHash: 'request-hash-1',
        event: { ...first, position },
      });
      await untilLogged(store(), position);
      expect(await store().readAll(null, 10)).toEqual([{ ...first, position }]);
    });

    it('knows nothing of an unused key', async () => {
      await store().append(testEvent('subject-1', null), { expectedRevision: -1, idempotencyKey: 'other' });
      expect(await store().findIdempotencyKey(KEY)).toBeNull();
    });
  });
}
