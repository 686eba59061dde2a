import { EventStore } from '../../event-store.port';
import { appendChain, testEvent } from '../test-events';

const ERASURE = { type: 'ErasureCompleted', data: { retain: [] } };

export function dataKeysConformance(store: () => EventStore): void {
  describe('data keys', () => {
    it('keeps the first key put for a stream', async () => {
      const first = Buffer.from('wrapped-key-1');
      expect(await store().getDataKey('subject-1')).toBeNull();
      expect(await store().putDataKeyIfAbsent('subject-1', first)).toEqual(first);
      expect(await store().putDataKeyIfAbsent('subject-1', Buffer.from('wrapped-key-2'))).toEqual(first);
      expect(await store().getDataKey('subject-1')).toEqual(first);
      expect(await store().getDataKey('subject-2')).toBeNull();
    });

    it('destroys the key with the append that asks it, and never stores one again', async () => {
      await store().putDataKeyIfAbsent('subject-1', Buffer.from('wrapped-key-1'));
      await store().putDataKeyIfAbsent('subject-2', Buffer.from('wrapped-key-2'));
      const [opening] = await appendChain(store(), 'subject-1', 1);

      const erasure = testEvent('subject-1', opening, ERASURE);
      await store().append(erasure, { expectedRevision: 0, destroyDataKey: true });

      expect(await store().getDataKey('subject-1')).toBeNull();
      expect(await store().putDataKeyIfAbsent('subject-1', Buffer.from('wrapped-key-3'))).toBeNull();
      expect(await store().getDataKey('subject-1')).toBeNull();
      expect(await store().getDataKey('subject-2')).toEqual(Buffer.from('wrapped-key-2'));
    });

    it('bars a key for a stream erased before it ever had one', async () => {
      await store().append(testEvent('subject-1', null, ERASURE), {
        expectedRevision: -1,
        destroyDataKey: true,
      });
      expect(await store().putDataKeyIfAbsent('subject-1', Buffer.from('wrapped-key-1'))).toBeNull();
    });
  });
}
