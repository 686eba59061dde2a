import {
  EventStore,
  IdempotencyKeyTaken,
  MAX_DATA_KEY_ID_LENGTH,
  WrongExpectedRevision,
} from '../../event-store.port';
import { appendChain, rejectionOf, testEvent } from '../test-events';

const ERASURE = { type: 'ErasureCompleted', data: { retain: [] } };
/** A subject's own key, and the scoped keys of the same subject the API may keep beside it. */
const SUBJECT = 'subject-1';
const RETAINED = 'subject-1/purpose:fiscal-retention';
const PERIOD = 'subject-1/period:1';

const wrapped = (keyId: string) => Buffer.from(`wrapped key of ${keyId}`);

export function dataKeysConformance(store: () => EventStore): void {
  /** Puts a key under each id, then appends an erasure to SUBJECT that destroys `destroyed`. */
  async function putThenErase(keyIds: string[], destroyed: string[]): Promise<void> {
    for (const keyId of keyIds) await store().putDataKeyIfAbsent(keyId, wrapped(keyId));
    const [opening] = await appendChain(store(), SUBJECT, 1);
    await store().append(testEvent(SUBJECT, opening, ERASURE), {
      expectedRevision: 0,
      destroyDataKeys: destroyed,
    });
  }

  describe('data keys', () => {
    it('keeps the first key put under a key id', async () => {
      const first = Buffer.from('wrapped-key-1');
      expect(await store().getDataKey(SUBJECT)).toBeNull();
      expect(await store().putDataKeyIfAbsent(SUBJECT, first)).toEqual(first);
      expect(await store().putDataKeyIfAbsent(SUBJECT, Buffer.from('wrapped-key-2'))).toEqual(first);
      expect(await store().getDataKey(SUBJECT)).toEqual(first);
      expect(await store().getDataKey('subject-2')).toBeNull();
    });

    it('keeps a key apart under every key id, "/" and ":" and the longest ones included', async () => {
      const longest = `${RETAINED}/${'x'.repeat(MAX_DATA_KEY_ID_LENGTH - RETAINED.length - 1)}`;
      const keyIds = [SUBJECT, RETAINED, PERIOD, `${SUBJECT}/`, `${SUBJECT}:`, `/${SUBJECT}`, longest];
      for (const keyId of keyIds) await store().putDataKeyIfAbsent(keyId, wrapped(keyId));
      for (const keyId of keyIds) expect(await store().getDataKey(keyId)).toEqual(wrapped(keyId));
      expect(longest).toHaveLength(MAX_DATA_KEY_ID_LENGTH);
    });

    it('refuses a key id that not every store can keep, and appends nothing with it', async () => {
      const unusable = ['', 'x'.repeat(MAX_DATA_KEY_ID_LENGTH + 1), 'subject-1\u0000purpose'];
      for (const keyId of unusable) {
        await rejectionOf(store().getDataKey(keyId), RangeError);
        await rejectionOf(store().putDataKeyIfAbsent(keyId, wrapped('any')), RangeError);
        const erasure = testEvent(SUBJECT, null, ERASURE);
        await rejectionOf(
          store().append(erasure, { expectedRevision: -1, destroyDataKeys: [SUBJECT, keyId] }),
          RangeError,
        );
      }
      expect(await store().readStream(SUBJECT)).toEqual([]);
      expect(await store().putDataKeyIfAbsent(SUBJECT, wrapped(SUBJECT))).toEqual(wrapped(SUBJECT));
    });

    it('destroys every key the append lists with it, and never stores one under those ids again', async () => {
      await store().putDataKeyIfAbsent('subject-2', wrapped('subject-2'));
      await putThenErase([SUBJECT, RETAINED, PERIOD], [SUBJECT, PERIOD]);

      for (const keyId of [SUBJECT, PERIOD]) {
        expect(await store().getDataKey(keyId)).toBeNull();
        expect(await store().putDataKeyIfAbsent(keyId, Buffer.from('another key'))).toBeNull();
        expect(await store().getDataKey(keyId)).toBeNull();
      }
      expect(await store().getDataKey('subject-2')).toEqual(wrapped('subject-2'));
    });

    it('keeps readable the keys of the same subject that the append does not list', async () => {
      await putThenErase([SUBJECT, RETAINED, PERIOD], [SUBJECT]);

      expect(await store().getDataKey(SUBJECT)).toBeNull();
      expect(await store().getDataKey(RETAINED)).toEqual(wrapped(RETAINED));
      expect(await store().getDataKey(PERIOD)).toEqual(wrapped(PERIOD));
    });

    it('bars a key under an id destroyed before a key was ever put there', async () => {
      await store().append(testEvent(SUBJECT, null, ERASURE), {
        expectedRevision: -1,
        destroyDataKeys: [SUBJECT, RETAINED],
      });
      expect(await store().putDataKeyIfAbsent(SUBJECT, wrapped(SUBJECT))).toBeNull();
      expect(await store().putDataKeyIfAbsent(RETAINED, wrapped(RETAINED))).toBeNull();
      expect(await store().putDataKeyIfAbsent(PERIOD, wrapped(PERIOD))).toEqual(wrapped(PERIOD));
    });

    it('destroys nothing when the append is refused', async () => {
      for (const keyId of [SUBJECT, RETAINED]) await store().putDataKeyIfAbsent(keyId, wrapped(keyId));
      const [opening] = await appendChain(store(), SUBJECT, 1);
      const stale = testEvent(SUBJECT, null, ERASURE);
      await rejectionOf(
        store().append(stale, { expectedRevision: -1, destroyDataKeys: [SUBJECT] }),
        WrongExpectedRevision,
      );
      await store().append(testEvent('subject-2', null), { expectedRevision: -1, idempotencyKey: 'used' });
      const reused = testEvent(SUBJECT, opening, ERASURE);
      await rejectionOf(
        store().append(reused, { expectedRevision: 0, idempotencyKey: 'used', destroyDataKeys: [RETAINED] }),
        IdempotencyKeyTaken,
      );

      expect(await store().getDataKey(SUBJECT)).toEqual(wrapped(SUBJECT));
      expect(await store().getDataKey(RETAINED)).toEqual(wrapped(RETAINED));
    });

    it('destroys a key listed twice, or by two appends made at once', async () => {
      for (const keyId of [SUBJECT, RETAINED]) await store().putDataKeyIfAbsent(keyId, wrapped(keyId));
      const erasures = ['subject-2', 'subject-3'].map((streamId) =>
        store().append(testEvent(streamId, null, ERASURE), {
          expectedRevision: -1,
          destroyDataKeys: [SUBJECT, RETAINED, SUBJECT],
        }),
      );
      await Promise.all(erasures);

      expect(await store().getDataKey(SUBJECT)).toBeNull();
      expect(await store().getDataKey(RETAINED)).toBeNull();
    });
  });
}
