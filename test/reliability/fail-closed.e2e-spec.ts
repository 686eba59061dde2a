import { EVENT_STORE, EventStore, StoreUnavailable } from '@ledger/event-store';
import { Answer, LedgerHarness } from '../support/ledger-harness';
import { eventually } from '@ledger/event-store/testing/test-events';

/**
 * Fail closed on SQLite. Two ledgers share one SQLite file, as two replicas would: `writer` keeps writing
 * while `reader` loses its store or falls behind. A file cannot be made to fail under a running SQLite
 * connection when tests run as root (permissions do not stop root, and a moved or replaced file stays open
 * under the old inode), so the reader's store fails here the way a lost store fails: every call rejects
 * with `StoreUnavailable`, its subscription's reads included. The PostgreSQL suite shows a real outage.
 */
describe('fail closed (HTTP, SQLite shared by two ledgers)', () => {
  let reader: LedgerHarness;
  let writer: LedgerHarness;
  let store: EventStore;
  const subjectId = 'fail-closed-1';
  const check = () => reader.get(`/v1/subjects/${subjectId}/permissions/credit-check-sharing`);
  const ready = async () => (await reader.get('/health/ready', null)).status === 200;

  beforeAll(async () => {
    reader = await LedgerHarness.start();
    writer = await LedgerHarness.start({ dataDir: reader.dataDir });
    store = reader.provider<EventStore>(EVENT_STORE);
    const basis = {
      purpose: 'credit-check-sharing',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
      occurredAt: '2026-01-01T00:00:00.000Z',
    };
    await reader.post(`/v1/subjects/${subjectId}/bases`, basis);
    expect((await check()).body).toMatchObject({ permitted: true });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await writer.stop({ keepData: true });
    await reader.stop();
  });

  /** Every call of the reader's store fails as a lost store does. */
  function loseStore(): () => void {
    const methods = [
      'readAll',
      'readStream',
      'headPosition',
      'append',
      'findIdempotencyKey',
      'getDataKey',
      'putDataKeyIfAbsent',
    ] as const;
    const spies = methods.map((method) =>
      jest
        .spyOn(store, method)
        .mockRejectedValue(new StoreUnavailable('the SQLite event store is unavailable')),
    );
    return () => spies.forEach((spy) => spy.mockRestore());
  }
  /** The reader's subscription reads nothing new, while the rest of its store works. */
  function stallSubscription(): () => void {
    const spy = jest.spyOn(store, 'readAll').mockResolvedValue([]);
    return () => spy.mockRestore();
  }
  const expectProblem = (answer: Answer, status: number, code: string) => {
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(answer.body).toMatchObject({ status, code });
  };
  /** Answers to checks made one after another for `ms`: none of them may be a stale `permitted: true`. */
  async function checksFor(ms: number): Promise<Answer[]> {
    const answers: Answer[] = [];
    for (const until = Date.now() + ms; Date.now() < until;) {
      answers.push(await check());
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return answers;
  }

  it('refuses checks with 503 and turns not ready while the store is lost; writes are refused 503 too', async () => {
    const restore = loseStore();
    try {
      await eventually(async () => !(await ready()));
      expectProblem(await check(), 503, 'STORE_UNAVAILABLE');
      const batch = await reader.post('/v1/permissions/check', {
        checks: [{ subjectId, purpose: 'collection' }],
      });
      expectProblem(batch, 503, 'STORE_UNAVAILABLE');
      const write = await reader.post(`/v1/subjects/${subjectId}/objections`, { purposes: ['collection'] });
      expectProblem(write, 503, 'STORE_UNAVAILABLE');
    } finally {
      restore();
    }
    await eventually(ready);
    expect((await check()).body).toMatchObject({ permitted: true });
    expect((await writer.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events).toHaveLength(1);
  });

  it('refuses a write whose append fails with 503 STORE_UNAVAILABLE and stores nothing', async () => {
    const spy = jest.spyOn(store, 'append').mockRejectedValue(new StoreUnavailable('disk full'));
    try {
      const write = await reader.post(`/v1/subjects/${subjectId}/objections`, { purposes: ['collection'] });
      expectProblem(write, 503, 'STORE_UNAVAILABLE');
    } finally {
      spy.mockRestore();
    }
    expect((await writer.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events).toHaveLength(1);
  });

  it('never answers from what it knew before the store was lost: back, it answers once it has caught up', async () => {
    const restore = loseStore();
    await eventually(async () => !(await ready()));
    // Meanwhile another replica records an objection: the reader's last view (permitted) is now stale.
    const objection = await writer.post(`/v1/subjects/${subjectId}/objections`, {
      purposes: ['credit-check-sharing'],
    });
    expect(objection.status).toBe(201);
    restore();
    // The store is back but the reader has not read the objection yet.
    const resume = stallSubscription();
    const whileBehind = await checksFor(1500);
    expect(whileBehind.map((answer) => answer.status)).toEqual(whileBehind.map(() => 503));
    expectProblem(whileBehind[whileBehind.length - 1], 503, 'NOT_CAUGHT_UP');
    expect(await ready()).toBe(false);
    resume();

    await eventually(ready);
    expect((await check()).body).toMatchObject({
      permitted: false,
      reasons: [{ code: 'OBJECTION_PENDING' }],
    });
  });

  it('stops answering when it falls behind the store, and answers again once it has caught up', async () => {
    const resume = stallSubscription();
    try {
      const objections = `/v1/subjects/${subjectId}/objections`;
      expect((await writer.post(objections, { purposes: ['collection'] })).status).toBe(201);
      // A little staleness is tolerated (up to 3 seconds); beyond that, no answer.
      await eventually(async () => !(await ready()), 8000);
      const behind = await check();
      expectProblem(behind, 503, 'NOT_CAUGHT_UP');
      expect(behind.headers.get('retry-after')).toBe('1');
    } finally {
      resume();
    }
    await eventually(ready);
    expect((await check()).status).toBe(200);
  });
});
