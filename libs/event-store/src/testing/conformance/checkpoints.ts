import { EventStore, ReadCheckpoint } from '../../event-store.port';
import { appendChain, rejectionOf, untilLogged } from '../test-events';

const NAME = 'read-side';

/**
 * A read side's state of about 3 MB, as JSON: more than EventStoreDB takes in one append, with characters of
 * two, three and four UTF-8 bytes all through it, so that any split of it falls inside one somewhere.
 */
function largeState(): string {
  const subjects = Array.from({ length: 12_000 }, (_, i) => ({
    id: `debtor-${i}`,
    footing: { basis: 'contract', since: '2026-11-24T10:00:00.000Z', open: i % 3 === 0 },
    note: `é€😀 ${i} `.repeat(12),
  }));
  return JSON.stringify({ version: 1, subjects });
}

export function checkpointsConformance(store: () => EventStore, reopen: () => Promise<void>): void {
  describe('read checkpoints', () => {
    it('has none saved, under any name, in a new store', async () => {
      await appendChain(store(), 'subject-1', 1);
      expect(await store().loadCheckpoint(NAME)).toBeNull();
    });

    it('gives back a multi-megabyte state exactly as saved', async () => {
      const checkpoint = { position: '0', state: largeState() };
      expect(Buffer.byteLength(checkpoint.state)).toBeGreaterThan(3_000_000);
      await store().saveCheckpoint(NAME, checkpoint);
      expect(await store().loadCheckpoint(NAME)).toEqual(checkpoint);
    });

    it('keeps the most advanced checkpoint: one behind is ignored, one level or ahead replaces it', async () => {
      const saves: [string, string, string][] = [
        ['9', 'at 9', 'at 9'],
        // As numbers, not text: "10" follows "9".
        ['10', 'at 10', 'at 10'],
        ['9', 'back at 9', 'at 10'],
        ['10', 'again at 10', 'again at 10'],
        ['9223372036854775807', 'at the last position', 'at the last position'],
        ['9223372036854775806', 'just behind', 'at the last position'],
      ];
      for (const [position, state, kept] of saves) {
        await store().saveCheckpoint(NAME, { position, state });
        expect(await store().loadCheckpoint(NAME)).toMatchObject({ state: kept });
      }
      expect(await store().loadCheckpoint(NAME)).toEqual({
        position: '9223372036854775807',
        state: 'at the last position',
      });
    });

    it('keeps the most advanced of checkpoints saved at once, as replicas sharing a store do', async () => {
      const positions = [3, 7, 1, 12, 5, 9, 2, 11, 4, 8, 6, 10];
      await Promise.all(
        positions.map((position) =>
          store().saveCheckpoint(NAME, { position: String(position), state: `at ${position}` }),
        ),
      );
      expect(await store().loadCheckpoint(NAME)).toEqual({ position: '12', state: 'at 12' });
    });

    it('keeps checkpoints under different names apart', async () => {
      await store().saveCheckpoint(NAME, { position: '20', state: 'the read side' });
      await store().saveCheckpoint('read-side/replica-2', { position: '5', state: 'another' });

      expect(await store().loadCheckpoint(NAME)).toEqual({ position: '20', state: 'the read side' });
      expect(await store().loadCheckpoint('read-side/replica-2')).toEqual({
        position: '5',
        state: 'another',
      });
      expect(await store().loadCheckpoint('read-side/replica-3')).toBeNull();
    });

    it('is no event: the log, its head and its streams stay as they were', async () => {
      const [event] = await appendChain(store(), 'subject-1', 1);
      await untilLogged(store(), event.position);
      await store().saveCheckpoint(NAME, { position: event.position, state: '{"subjects":[]}' });

      expect(await store().readAll(null, 10)).toEqual([event]);
      expect(await store().headPosition()).toBe(event.position);
      expect(await store().streamIds(null, 10)).toEqual(['subject-1']);
    });

    it('is still there once the store is closed and opened again', async () => {
      const checkpoint = { position: '42', state: largeState() };
      await store().saveCheckpoint(NAME, checkpoint);
      await reopen();
      expect(await store().loadCheckpoint(NAME)).toEqual(checkpoint);
    });

    it('refuses a name, position or state that not every store can keep, and saves nothing', async () => {
      const sound: ReadCheckpoint = { position: '1', state: '{}' };
      const refused: [string, ReadCheckpoint][] = [
        ['', sound],
        ['x'.repeat(101), sound],
        ['read\u0000side', sound],
        ...['', '-1', '1.5', '01', '1e3', 'ten', '9223372036854775808'].map(
          (position): [string, ReadCheckpoint] => [NAME, { position, state: '{}' }],
        ),
        [NAME, { position: '1', state: '{"nul":"\u0000"}' }],
      ];
      for (const [name, checkpoint] of refused) {
        await rejectionOf(store().saveCheckpoint(name, checkpoint), RangeError);
      }
      await rejectionOf(store().loadCheckpoint(''), RangeError);
      expect(await store().loadCheckpoint(NAME)).toBeNull();
    });
  });
}
