import { refuse } from '@ledger/domain';
import { Clock } from '@ledger/runtime';
import { DecisionLog } from '../decision-log/decision-log';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { catalogueInForce } from '../testing/catalogue-in-force';
import { RefusalException } from '../problems/refusal.exception';
import { HistoriesAt } from '../read-side/histories-at';
import { ReadSide } from '../read-side/read-side.service';
import { CheckPermissionsHandler } from './check-permissions.handler';
import { CheckPermissionsQuery } from './check-permissions.query';

const NOW = '2026-06-01T08:00:00.000Z';
const actor = { name: 'system-key', role: 'system' };

/**
 * A read side that knows no subject, serving or not, holding its history in memory or not; a decision log
 * that writes or not.
 */
function handler({ serving = true, writing = false, inMemory = true } = {}) {
  const record = jest.fn(() => Promise.resolve());
  const readSide = {
    position: '7',
    // A history not in memory is no answer at once: the store under this read side cannot read without waiting.
    historiesNow: jest.fn((subjectIds: string[], _readStore: boolean) =>
      inMemory ? new Map(subjectIds.map((id) => [id, []])) : undefined,
    ),
    historiesOf: async (subjectIds: string[]) =>
      new HistoriesAt('7', new Map(subjectIds.map((id) => [id, { revision: -1, events: [] }]))),
    assertServing: () => {
      if (!serving) throw new RefusalException(refuse('STORE_UNAVAILABLE', 'lost'));
    },
    ensureAnswerable: async () => readSide.assertServing(),
  };
  const clock: Clock = { now: () => NOW };
  const log = { writing, record } as unknown as DecisionLog;
  const metrics = new LedgerMetrics();
  const checks = new CheckPermissionsHandler(
    readSide as unknown as ReadSide,
    catalogueInForce(),
    clock,
    log,
    metrics,
  );
  return { checks, record, metrics, historiesNow: readSide.historiesNow };
}

const single = (purpose: string, query: { minPosition?: string } = {}) =>
  CheckPermissionsQuery.single(actor, 'subject-1', purpose, query);

/** What a refusal is, whichever way it came. */
async function refusalOf(answer: () => unknown) {
  try {
    await answer();
  } catch (error) {
    const { refusal, status } = error as RefusalException;
    return { code: refusal.code, detail: refusal.detail, status };
  }
  throw new Error('not refused');
}

describe('CheckPermissionsHandler, answering at once', () => {
  it('answers as execute does, the decision id aside', async () => {
    const { checks } = handler();
    const atOnce = checks.answerAtOnce(single('collection'));
    const executed = await checks.execute(single('collection'));
    const anyId = { decisionId: expect.stringMatching(/^[0-9a-f-]{36}$/) };
    expect(atOnce).toEqual({
      position: executed.position,
      results: executed.results.map((decision) => ({ ...decision, ...anyId })),
    });
    expect(atOnce?.results[0]).toMatchObject({ subjectId: 'subject-1', at: NOW, position: '7' });
  });

  it('counts each decision by purpose and outcome, either way it is answered, and no refused question', async () => {
    const { checks, metrics } = handler();
    checks.answerAtOnce(single('collection'));
    await checks.execute(single('collection'));
    await checks.execute(CheckPermissionsQuery.everyPurpose(actor, 'subject-1', {}));
    await refusalOf(() => checks.execute(single('no-such-purpose')));
    const { text } = await metrics.scrape();
    expect(text).toContain('ledger_decisions_total{purpose="collection",outcome="refused"} 3');
    expect(text).toContain('ledger_decisions_total{purpose="statistics",outcome="refused"} 1');
    expect(text).not.toContain('no-such-purpose');
    expect(text).not.toContain('subject-1');
  });

  it('leaves to execute a subject whose history is not in memory, which takes a read of the store', () => {
    expect(handler({ inMemory: false }).checks.answerAtOnce(single('collection'))).toBeUndefined();
  });

  it('lets questions about one subject read its stream at once where the store can, and not a batch of several', () => {
    const { checks, historiesNow } = handler();
    const readStore = (query: CheckPermissionsQuery) => {
      historiesNow.mockClear();
      checks.answerAtOnce(query);
      return historiesNow.mock.calls.map(([, reads]) => reads);
    };
    const pair = ['subject-1', 'subject-2'].map((subjectId) => ({ subjectId, purpose: 'collection' }));
    expect(readStore(single('collection'))).toEqual([true]);
    expect(readStore(CheckPermissionsQuery.everyPurpose(actor, 'subject-1', {}))).toEqual([true]);
    expect(readStore(CheckPermissionsQuery.batch(actor, { checks: pair }))).toEqual([false]);
  });

  it('leaves to execute what waits: a minPosition, or a decision log to write', () => {
    expect(handler().checks.answerAtOnce(single('collection', { minPosition: '3' }))).toBeUndefined();
    const logged = handler({ writing: true });
    expect(logged.checks.answerAtOnce(single('collection'))).toBeUndefined();
    expect(logged.record).not.toHaveBeenCalled();
  });

  it('refuses as execute does: an unknown purpose first, then a read side that is not serving', async () => {
    for (const [options, purpose] of [
      [{}, 'no-such-purpose'],
      [{ serving: false }, 'no-such-purpose'],
      [{ serving: false }, 'collection'],
    ] as const) {
      const { checks } = handler(options);
      const atOnce = await refusalOf(() => checks.answerAtOnce(single(purpose)));
      expect(atOnce).toEqual(await refusalOf(() => checks.execute(single(purpose))));
    }
  });
});
