import { EventStore, StoreUnavailable } from '../../event-store.port';
import { appendAtHead, appendChain } from '../test-events';

/**
 * `readStreamAtOnce`: a store that reads in process (`readsInProcess`) must have it, giving exactly what
 * `readStream` gives; a store over the network must not pretend to.
 */
export function readingAtOnceConformance(store: () => EventStore, readsInProcess: boolean): void {
  describe('reading a stream at once', () => {
    if (!readsInProcess) {
      it('has no read at once: its reads leave the process', () => {
        expect(store().readStreamAtOnce).toBeUndefined();
      });
      return;
    }

    it('gives what readStream gives, for streams written in turns and for an unknown one', async () => {
      await appendChain(store(), 'subject-1', 2);
      await appendChain(store(), 'subject-2', 1);
      await appendAtHead(store(), 'subject-1', { third: true });
      for (const streamId of ['subject-1', 'subject-2', 'nobody']) {
        expect(store().readStreamAtOnce!(streamId)).toEqual(await store().readStream(streamId));
      }
      expect(store().readStreamAtOnce!('subject-1').map((event) => event.revision)).toEqual([0, 1, 2]);
    });

    it('fails with StoreUnavailable once the store is closed, as readStream does', async () => {
      await appendChain(store(), 'subject-1', 1);
      await store().close();
      await expect(store().readStream('subject-1')).rejects.toBeInstanceOf(StoreUnavailable);
      expect(() => store().readStreamAtOnce!('subject-1')).toThrow(StoreUnavailable);
    });
  });
}
