import { EVENT_STORE, EventStore, WrongExpectedRevision } from '@ledger/event-store';
import { LedgerHarness } from '../support/ledger-harness';

/**
 * Two ledgers on one SQLite file, as two processes would run. A command may decide on its read side's view
 * of the subject, which trails the other ledger's appends by up to a poll: the store's revision check must
 * catch every such append, and the command be decided again on what the store holds.
 */
describe('two ledgers writing to one SQLite store', () => {
  let a: LedgerHarness;
  let b: LedgerHarness;
  let conflictsSeenByA = 0;

  beforeAll(async () => {
    a = await LedgerHarness.start();
    b = await LedgerHarness.start({ dataDir: a.dataDir });
    const store = a.provider<EventStore>(EVENT_STORE);
    const append = store.append.bind(store);
    jest.spyOn(store, 'append').mockImplementation((event, options) =>
      append(event, options).catch((error: unknown) => {
        if (error instanceof WrongExpectedRevision) conflictsSeenByA++;
        throw error;
      }),
    );
  });
  afterAll(async () => {
    await b.stop({ keepData: true });
    await a.stop();
  });

  const basis = (evidence: string) => ({ purpose: 'collection', legalBasis: 'contract', evidence });

  it("retries on the store an append that the other ledger's write made stale, and keeps the chain whole", async () => {
    const id = 'shared-writes';
    const conflictsBefore = conflictsSeenByA;
    for (let revision = 0; revision < 10; revision++) {
      const writer = revision % 2 === 0 ? a : b;
      const answer = await writer.post(`/v1/subjects/${id}/bases`, basis(`write ${revision}`), 'operator');
      expect({ status: answer.status, revision: answer.body.revision }).toEqual({ status: 201, revision });
    }
    // A wrote right after each of B's writes, before its read side polled them in: the check caught them.
    expect(conflictsSeenByA).toBeGreaterThan(conflictsBefore);
    const { events } = (await a.get(`/v1/subjects/${id}/events`, 'dpo')).body;
    expect(events.map((event: { data: { evidence: string } }) => event.data.evidence)).toEqual(
      Array.from({ length: 10 }, (_, n) => `write ${n}`),
    );
    expect((await a.get(`/v1/subjects/${id}/verification`, 'auditor')).body).toMatchObject({
      valid: true,
      eventCount: 10,
    });
  });

  it('refuses a write on a subject that the other ledger has just erased, though this one sealed for it before', async () => {
    const id = 'shared-erasure';
    expect((await a.post(`/v1/subjects/${id}/bases`, basis('Jan Jansen'), 'operator')).status).toBe(201);
    const erased = await b.post(`/v1/subjects/${id}/erasure`, { retain: [] });
    expect(erased.body).toMatchObject({ type: 'ErasureCompleted', revision: 1 });

    const after = await a.post(`/v1/subjects/${id}/bases`, basis('Jan Jansen again'), 'operator');
    expect(after.body).toMatchObject({ status: 409, code: 'SUBJECT_ERASED' });
    const { events } = (await a.get(`/v1/subjects/${id}/events`, 'dpo')).body;
    expect(events.map((event: { type: string }) => event.type)).toEqual([
      'BasisEstablished',
      'ErasureCompleted',
    ]);
    expect(events[0].data.evidence).toBeNull();
  });
});
