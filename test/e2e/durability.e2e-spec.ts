import { LedgerHarness } from '../support/ledger-harness';
import { describeOnEachStore } from '../support/test-stores';

describeOnEachStore('durability and concurrency over HTTP', (store) => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('records 50 concurrent objections on one subject with gap-free revisions and a valid chain', async () => {
    const id = 'busy-debtor';
    const answers = await Promise.all(
      Array.from({ length: 50 }, () =>
        ledger.post(`/v1/subjects/${id}/objections`, { purposes: ['collection'] }, 'operator'),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(201));
    expect(answers.map((answer) => answer.body.revision).sort((a, b) => a - b)).toEqual([
      ...Array(50).keys(),
    ]);
    const { body } = await ledger.get(`/v1/subjects/${id}/events`, 'auditor');
    expect(body.revision).toBe(49);
    expect(body.events.map((event: { revision: number }) => event.revision)).toEqual([...Array(50).keys()]);
    const verification = await ledger.get(`/v1/subjects/${id}/verification`, 'auditor');
    expect(verification.body).toEqual({
      subjectId: id,
      valid: true,
      eventCount: 50,
      headHash: body.events[49].hash,
    });
  });

  it('answers the same after a restart: the read side is rebuilt from the store', async () => {
    const id = 'restart-debtor';
    await ledger.post(`/v1/subjects/${id}/bases`, {
      purpose: 'collection',
      legalBasis: 'legitimate-interests',
      evidence: 'balancing test BT-7',
      occurredAt: '2026-01-01T00:00:00.000Z',
    });
    await ledger.post(`/v1/subjects/${id}/objections`, {
      purposes: ['collection'],
      grounds: 'ik betwist de vordering',
    });
    const before = (await ledger.get(`/v1/subjects/${id}/permissions`)).body;
    const eventsBefore = (await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body;
    await ledger.restart();
    const after = (await ledger.get(`/v1/subjects/${id}/permissions?at=${before.decisions[0].at}`)).body;
    // Every answer has a decisionId of its own; everything else is the same.
    const withoutIds = (answer: any) => ({
      ...answer,
      decisions: answer.decisions.map((decision: any) => ({ ...decision, decisionId: undefined })),
    });
    expect(withoutIds(after)).toEqual(withoutIds(before));
    expect((await ledger.get(`/v1/subjects/${id}/events`, 'auditor')).body).toEqual(eventsBefore);
    expect(eventsBefore.events[1].data.grounds).toBe('ik betwist de vordering');
  });
});
