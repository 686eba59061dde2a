import { EventStore, WrongExpectedRevision } from '../../event-store.port';
import { hashEvent } from '../../hash-chain';
import { verifyChain } from '../../verify-log';
import { appendChain, rejectionOf, testEvent, untilLogged } from '../test-events';

export function appendingConformance(store: () => EventStore): void {
  describe('appending', () => {
    it('appends to a new stream and reads it back', async () => {
      const event = testEvent('subject-1', null);
      const result = await store().append(event, { expectedRevision: -1 });

      expect(result).toEqual({ revision: 0, position: expect.stringMatching(/^(0|[1-9]\d*)$/) });
      expect(await store().readStream('subject-1')).toEqual([{ ...event, position: result.position }]);
    });

    it('numbers a stream 0..n in order and keeps its hash chain intact', async () => {
      const appended = await appendChain(store(), 'subject-1', 5);
      const stream = await store().readStream('subject-1');

      expect(stream).toEqual(appended);
      expect(stream.map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
      expect(verifyChain(stream)).toMatchObject({ valid: true, eventCount: 5 });
    });

    it('reads an unknown stream as empty', async () => {
      await appendChain(store(), 'subject-1', 1);
      expect(await store().readStream('nobody')).toEqual([]);
    });

    it('refuses a stale or future expected revision, naming the actual one, and appends nothing', async () => {
      const [, second] = await appendChain(store(), 'subject-1', 2);
      for (const expectedRevision of [0, 5]) {
        const event = testEvent('subject-1', { revision: expectedRevision, hash: second.hash });
        const error = await rejectionOf(store().append(event, { expectedRevision }), WrongExpectedRevision);
        expect(error).toMatchObject({ streamId: 'subject-1', expectedRevision, actualRevision: 1 });
      }
      expect(await store().readStream('subject-1')).toHaveLength(2);
    });

    it('refuses -1 on an existing stream and a revision on a missing one', async () => {
      await appendChain(store(), 'subject-1', 1);
      const opening = testEvent('subject-1', null);
      const existing = await rejectionOf(
        store().append(opening, { expectedRevision: -1 }),
        WrongExpectedRevision,
      );
      expect(existing).toMatchObject({ expectedRevision: -1, actualRevision: 0 });

      const follower = testEvent('subject-2', { revision: 0, hash: opening.hash });
      const missing = await rejectionOf(
        store().append(follower, { expectedRevision: 0 }),
        WrongExpectedRevision,
      );
      expect(missing).toMatchObject({ streamId: 'subject-2', expectedRevision: 0, actualRevision: -1 });
      expect(await store().readStream('subject-2')).toEqual([]);
    });

    it('keeps every field exactly as appended', async () => {
      const event = testEvent('subject-1', null, {
        type: 'ObjectionFiled',
        occurredAt: '2026-11-20T08:15:30.123Z',
        recordedAt: '2026-11-24T10:00:00.456Z',
        actor: { name: 'dpo-office', role: 'dpo' },
        data: {
          objectionId: 'objection-1',
          purposes: ['credit-check-sharing', 'direct-marketing'],
          grounds: 'Brief ontvangen — “bezwaar” ✓ \\ "quoted"\nnew line \u0000 nul 😀',
          numbers: { fraction: 1.5, largest: Number.MAX_SAFE_INTEGER, negative: -3, zero: 0 },
          flags: [true, false, null],
          empty: { object: {}, list: [], text: '' },
        },
      });
      const { position } = await store().append(event, { expectedRevision: -1 });
      const [read] = await store().readStream('subject-1');
      await untilLogged(store(), position);
      const [logged] = await store().readAll(null, 1);

      expect(read).toEqual({ ...event, position });
      expect(logged).toEqual(read);
      expect(hashEvent(read)).toBe(event.hash);
    });
  });
}
