import { InMemoryEventStore, StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { appendWithRetry } from './append-with-retry';

describe('appendWithRetry', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });
  afterEach(() => store.close());

  /** An attempt that appends at the revision it read, after `rivals` other processes appended first. */
  function attemptsAgainst(rivals: number) {
    const seen: boolean[] = [];
    const attempt = async (afterConflict: boolean): Promise<StoredEvent> => {
      seen.push(afterConflict);
      const stream = await store.readStream('debtor-1');
      if (rivals-- > 0) await store.append(testEvent('debtor-1', stream.at(-1) ?? null), at(stream));
      const event = testEvent('debtor-1', stream.at(-1) ?? null);
      return { ...event, ...(await store.append(event, at(stream))) };
    };
    return { attempt, seen };
  }
  const at = (stream: StoredEvent[]) => ({ expectedRevision: stream.length - 1 });

  it('appendWithRetry_AfterConflictsWithOtherProcesses_AttemptsAgainOnTheStoresStream', async () => {
    const { attempt, seen } = attemptsAgainst(2);
    const onConflict = jest.fn();
    const stored = await appendWithRetry({ onConflict }, attempt);
    expect(stored.revision).toBe(2);
    expect(seen).toEqual([false, true, true]);
    expect(onConflict).toHaveBeenCalledTimes(2);
  });

  it('appendWithRetry_UnderIfMatch_RefusesTheFirstConflict', async () => {
    const { attempt, seen } = attemptsAgainst(1);
    const onConflict = jest.fn();
    await expect(appendWithRetry({ expectedRevision: -1, onConflict }, attempt)).rejects.toMatchObject({
      refusal: { code: 'WRONG_EXPECTED_REVISION', detail: "the subject's stream is at revision 0" },
    });
    expect(seen).toEqual([false]);
    expect(onConflict).toHaveBeenCalledTimes(1);
  });

  it('appendWithRetry_PastTheBound_RefusesWrongExpectedRevision', async () => {
    const { attempt, seen } = attemptsAgainst(3);
    await expect(
      appendWithRetry({ onConflict: () => undefined, maxAttempts: 3 }, attempt),
    ).rejects.toMatchObject({ refusal: { code: 'WRONG_EXPECTED_REVISION' } });
    expect(seen).toHaveLength(3);
    expect(await store.readStream('debtor-1')).toHaveLength(3);
  });

  it('appendWithRetry_AnyOtherFailure_IsNotRetried', async () => {
    const failure = new Error('the store cannot be reached');
    const attempt = jest.fn(() => Promise.reject(failure));
    await expect(appendWithRetry({ onConflict: () => undefined }, attempt)).rejects.toBe(failure);
    expect(attempt).toHaveBeenCalledTimes(1);
  });
});
