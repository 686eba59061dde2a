import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { OpenRequests } from './open-requests';

const stored = (subjectId: string, type: string, data: object): StoredEvent => ({
  ...testEvent(subjectId, null, { type, data: { ...data } }),
  position: '1',
});
const received = (subjectId: string, requestId: string) =>
  stored(subjectId, 'RequestReceived', { requestId, right: 'access' });
const completed = (subjectId: string, requestId: string) =>
  stored(subjectId, 'RequestCompleted', { requestId, outcome: 'granted' });

function given(...events: StoredEvent[]): string[] {
  const model = new OpenRequests();
  for (const event of events) model.apply(event);
  return [...model.subjects()];
}

describe('OpenRequests (the subjects the requests queue looks at)', () => {
  it('OpenRequests_WhenReceived_ListsTheSubject_UntilEveryRequestOfItIsCompleted', () => {
    expect(
      given(received('debtor-1', 'r-1'), received('debtor-1', 'r-2'), completed('debtor-1', 'r-1')),
    ).toEqual(['debtor-1']);
    expect(given(received('debtor-1', 'r-1'), completed('debtor-1', 'r-1'))).toEqual([]);
  });

  it('OpenRequests_Art12_AnErasureLeavesTheRequestsOpen_ForTheyMustStillBeAnswered', () => {
    const erased = stored('debtor-1', 'ErasureCompleted', { retain: [] });
    expect(given(received('debtor-1', 'r-1'), erased, received('debtor-2', 'r-2'))).toEqual([
      'debtor-1',
      'debtor-2',
    ]);
  });

  it('OpenRequests_ACompletionOfAnotherSubjectsRequest_ClosesNothing', () => {
    expect(given(received('debtor-1', 'r-1'), completed('debtor-2', 'r-1'))).toEqual(['debtor-1']);
  });
});
