import { commandsOn, inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { SubjectRequestsHandler } from './subject-requests.handler';
import { SubjectRequestsQuery } from './subject-requests.query';

describe('SubjectRequestsHandler', () => {
  let ledger: InMemoryLedger;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
  });
  afterEach(() => ledger.close());

  it('execute_Art12_3_AnswersTheRegisterWithDeadlines_AndWaitsForMinPosition', async () => {
    const received = await commandsOn(ledger)('debtor-1', {
      type: 'ReceiveRequest',
      requestId: 'r-1',
      right: 'erasure',
      channel: 'email',
      occurredAt: '2026-01-31T09:00:00.000Z',
    });
    const handler = new SubjectRequestsHandler(ledger.readSide, ledger.clock);
    const answer = await handler.execute(
      new SubjectRequestsQuery({ subjectId: 'debtor-1', minPosition: received.position }),
    );
    expect(answer).toEqual({
      subjectId: 'debtor-1',
      requests: [
        {
          subjectId: 'debtor-1',
          requestId: 'r-1',
          right: 'erasure',
          channel: 'email',
          receivedAt: '2026-01-31T09:00:00.000Z',
          identityVerifiedAt: null,
          deadline: '2026-02-28T09:00:00.000Z',
          extendedUntil: null,
          completedAt: null,
          outcome: null,
          overdue: true,
        },
      ],
    });
  });
});
