import { commandsOn, inMemoryLedger, InMemoryLedger } from '../testing/in-memory-ledger';
import { ErasuresDueHandler } from './erasures-due.handler';
import { ErasuresDueQuery } from './erasures-due.query';

describe('ErasuresDueHandler', () => {
  let ledger: InMemoryLedger;
  let record: ReturnType<typeof commandsOn>;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    record = commandsOn(ledger);
    await record('debtor-1', {
      type: 'EstablishBasis',
      basisId: 'b-1',
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt: '2026-01-01T00:00:00.000Z',
    });
    await record('debtor-1', {
      type: 'WithdrawBasis',
      basisId: 'b-1',
      reason: 'contract-ended',
      occurredAt: '2026-05-20T00:00:00.000Z',
    });
  });
  afterEach(() => ledger.close());

  const due = (erasureGrace?: string) =>
    new ErasuresDueHandler(ledger.readSide, ledger.clock, {
      port: 0,
      store: 'sqlite',
      dataDir: '',
      erasureGrace,
    })
      .execute(new ErasuresDueQuery({}))
      .then((answer) => answer.subjects);

  it('execute_Art5_1_e_ASubjectWithoutABasisForLongerThanTheGrace_IsDue', async () => {
    expect(await due('P7D')).toEqual([
      { subjectId: 'debtor-1', since: '2026-05-20T00:00:00.000Z', why: 'no-active-basis' },
    ]);
  });

  it('execute_WithinTheDefaultGraceOf28Days_NothingIsDue_AndTheCatalogueStreamIsNoSubject', async () => {
    expect(await due()).toEqual([]);
  });
});
