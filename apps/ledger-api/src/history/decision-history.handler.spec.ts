import { SubjectEvents } from '@ledger/runtime';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { inMemoryLedger, InMemoryLedger, NOW } from '../testing/in-memory-ledger';
import { DecisionHistoryHandler } from './decision-history.handler';
import { DecisionHistoryOptions, DecisionHistoryQuery } from './decision-history.query';

const ESTABLISHED = '2026-05-01T08:00:00.000Z';

describe('DecisionHistoryHandler', () => {
  let ledger: InMemoryLedger;
  let handler: DecisionHistoryHandler;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    const subjectEvents = new SubjectEvents(ledger.store, ledger.codec);
    handler = new DecisionHistoryHandler(subjectEvents, ledger.catalogues, ledger.clock);
    const data = { basisId: 'b-1', purpose: 'collection', legalBasis: 'contract', validFrom: ESTABLISHED };
    const basis = testEvent('debtor-1', null, { occurredAt: ESTABLISHED, recordedAt: ESTABLISHED, data });
    await ledger.store.append(basis, { expectedRevision: -1 });
  });
  afterEach(() => ledger.close());

  const historyOf = (options: Partial<DecisionHistoryOptions>) =>
    handler.execute(new DecisionHistoryQuery({ subjectId: 'debtor-1', purpose: 'collection', ...options }));

  it('execute_ListsEveryChangeUpToNow_FromTheStore', async () => {
    const answer = await historyOf({});
    expect(answer).toMatchObject({
      subjectId: 'debtor-1',
      purpose: 'collection',
      from: null,
      to: NOW,
      asOf: null,
    });
    expect(answer.changes.map(({ at, permitted }) => ({ at, permitted }))).toEqual([
      { at: ESTABLISHED, permitted: true },
    ]);
  });

  it('execute_WithAnExplanationLanguage_ExplainsEachChange', async () => {
    const { changes } = await historyOf({ explain: 'nl' });
    expect(changes[0].explanation).toEqual(expect.stringContaining('toegestaan'));
  });

  it('execute_RefusesAnUnknownPurpose_AndAWindowThatEndsBeforeItStarts', async () => {
    await expect(historyOf({ purpose: 'gossip' })).rejects.toMatchObject({
      refusal: { code: 'UNKNOWN_PURPOSE' },
    });
    await expect(historyOf({ from: NOW, to: ESTABLISHED })).rejects.toMatchObject({
      refusal: { code: 'VALIDATION_FAILED', fields: [{ field: 'from' }] },
    });
  });
});
