import { commandsOn, inMemoryLedger, InMemoryLedger, NOW } from '../testing/in-memory-ledger';
import { AwaitingNotice } from './awaiting-notice';
import { NoticesDueHandler } from './notices-due.handler';
import { NoticesDueQuery } from './notices-due.query';

describe('NoticesDueHandler', () => {
  let ledger: InMemoryLedger;
  let record: ReturnType<typeof commandsOn>;
  let handler: NoticesDueHandler;
  beforeEach(async () => {
    const awaiting = new AwaitingNotice();
    ledger = await inMemoryLedger({ readModels: [awaiting] });
    record = commandsOn(ledger);
    handler = new NoticesDueHandler(ledger.readSide, awaiting, ledger.clock);
  });
  afterEach(() => ledger.close());

  const basis = (subjectId: string, occurredAt: string) =>
    record(subjectId, {
      type: 'EstablishBasis',
      basisId: `b-${subjectId}`,
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim handed over by the client',
      occurredAt,
    });
  const due = async () => (await handler.execute(new NoticesDueQuery({}))).subjects;

  it('execute_Art14_3_a_ListsSubjectsWithABasisOverAMonthOld_AndNoNotice_OldestFirst', async () => {
    await basis('debtor-late', '2026-04-20T00:00:00.000Z');
    await basis('debtor-early', '2026-03-01T00:00:00.000Z');
    await basis('debtor-new', '2026-05-20T00:00:00.000Z');
    expect(NOW).toBe('2026-06-01T08:00:00.000Z');
    expect(await due()).toEqual([
      { subjectId: 'debtor-early', since: '2026-04-01T00:00:00.000Z' },
      { subjectId: 'debtor-late', since: '2026-05-20T00:00:00.000Z' },
    ]);
  });

  it('execute_Art13_ASubjectGivenTheNotice_IsNoLongerDue', async () => {
    await basis('debtor-1', '2026-03-01T00:00:00.000Z');
    await record('debtor-1', { type: 'RecordNotice', noticeVersion: 'webcasso-2026-1', channel: 'letter' });
    expect(await due()).toEqual([]);
  });
});
