import { InMemoryEventStore } from '@ledger/event-store';
import { appendChain, testEvent } from '@ledger/event-store/testing/test-events';
import { LogVerificationHandler } from './log-verification.handler';

describe('LogVerificationHandler', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });
  afterEach(() => store.close());

  it('execute_OnAWholeLog_IsValid', async () => {
    await appendChain(store, 'debtor-1', 2);
    await appendChain(store, 'debtor-2', 1);
    expect(await new LogVerificationHandler(store).execute()).toEqual({
      valid: true,
      streams: 2,
      events: 3,
      breaks: [],
      breakCount: 0,
      headPosition: '3',
    });
  });

  it('execute_NamesEachBreakBySubject', async () => {
    const event = testEvent('debtor-1', null);
    await store.append(
      { ...event, data: { ...event.data, legalBasis: 'consent' } },
      { expectedRevision: -1 },
    );
    const { valid, breaks } = await new LogVerificationHandler(store).execute();
    expect(valid).toBe(false);
    expect(breaks).toEqual([
      {
        subjectId: 'debtor-1',
        revision: 0,
        position: '1',
        problem: 'hash-mismatch',
        detail: expect.any(String),
      },
    ]);
  });
});
