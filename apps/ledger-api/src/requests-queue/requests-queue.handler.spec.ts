import { commandsOn, inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { OpenRequests } from './open-requests';
import { RequestsQueueHandler } from './requests-queue.handler';
import { RequestsQueueQuery } from './requests-queue.query';

describe('RequestsQueueHandler', () => {
  let ledger: InMemoryLedger;
  let record: ReturnType<typeof commandsOn>;
  let handler: RequestsQueueHandler;
  const clock = { now: () => '2026-03-01T12:00:00.000Z' };
  beforeEach(async () => {
    const openRequests = new OpenRequests();
    ledger = await inMemoryLedger({ readModels: [openRequests], clock });
    record = commandsOn(ledger);
    handler = new RequestsQueueHandler(ledger.readSide, openRequests, clock);
  });
  afterEach(() => ledger.close());

  const receive = (subjectId: string, requestId: string, occurredAt: string) =>
    record(subjectId, { type: 'ReceiveRequest', requestId, right: 'access', occurredAt });
  const queue = async (status: 'open' | 'overdue') =>
    (await handler.execute(new RequestsQueueQuery({ status }))).requests.map((r) => [
      r.subjectId,
      r.requestId,
      r.overdue,
    ]);

  it('execute_Art12_3_ListsOpenRequestsOfAllSubjects_TheDeadlineThatBindsFirst', async () => {
    await receive('debtor-1', 'extended', '2026-01-05T09:00:00.000Z');
    await record('debtor-1', {
      type: 'ExtendRequest',
      requestId: 'extended',
      reason: 'many requests',
      occurredAt: '2026-01-20T09:00:00.000Z',
    });
    await receive('debtor-2', 'late', '2026-01-31T09:00:00.000Z');
    await receive('debtor-3', 'early', '2026-01-20T09:00:00.000Z');
    await receive('debtor-3', 'answered', '2026-01-01T09:00:00.000Z');
    await record('debtor-3', {
      type: 'CompleteRequest',
      requestId: 'answered',
      outcome: 'refused',
      refusalGround: 'manifestly-unfounded',
      motivation: 'asked weekly',
      remediesInformed: true,
    });
    expect(await queue('open')).toEqual([
      ['debtor-3', 'early', true],
      ['debtor-2', 'late', true],
      ['debtor-1', 'extended', false],
    ]);
  });

  it('execute_Overdue_ListsOnlyRequestsPastTheirDeadline_JudgedNow', async () => {
    await receive('debtor-1', 'old', '2026-01-05T09:00:00.000Z');
    await receive('debtor-2', 'fresh', '2026-02-20T09:00:00.000Z');
    expect(await queue('overdue')).toEqual([['debtor-1', 'old', true]]);
  });
});
