import { initialSubjectState } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import {
  asked,
  establishBasis,
  inMemoryLedger,
  InMemoryLedger,
  NOW,
  withdrawBasis,
} from '../../testing/in-memory-ledger';
import { HistoriesAt } from '../../read-side/histories-at';
import { CommandJudgement } from './command-judgement';
import { AppliedLog } from './read-your-write';
import { SubjectFootings } from './subject-footings';

/** When the bases these tests withdraw were established: before the ledger's clock, as a withdrawal requires. */
const ESTABLISHED = { occurredAt: '2026-05-01T00:00:00.000Z', recordedAt: '2026-05-01T00:00:00.000Z' };

/** A read side that has applied this process's first append to every subject, and nothing after it. */
const behindOtherProcesses: AppliedLog = {
  waitFor: async () => true,
  historiesOf: async (subjectIds) =>
    new HistoriesAt('1', new Map([...subjectIds].map((id) => [id, { revision: 0, events: [] }]))),
};

describe('CommandJudgement', () => {
  let ledger: InMemoryLedger;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
  });
  afterEach(() => ledger.close());

  function judgementOn(readSide: AppliedLog = ledger.readSide) {
    const footings = new SubjectFootings(ledger.store, readSide);
    return { footings, judgement: new CommandJudgement(footings, () => ledger.catalogue, ledger.clock) };
  }

  /** A basis this process established on a new subject, remembered as the command path remembers it. */
  async function rememberedBasis(footings: SubjectFootings, subjectId: string): Promise<StoredEvent> {
    const event = testEvent(subjectId, null, ESTABLISHED);
    const stored = { ...event, ...(await ledger.store.append(event, { expectedRevision: -1 })) };
    footings.remember(stored, initialSubjectState());
    await ledger.readSide.waitFor(stored.position, 1000);
    return stored;
  }

  it('decide_OnANewSubject_DecidesOnTheStoreWithTheLedgersClock', async () => {
    const { judgement } = judgementOn();
    const judged = await judgement.judge(asked('debtor-1', establishBasis()), { afterConflict: false });
    expect(judged.footing.state.revision).toBe(-1);
    expect(judged.recordedAt).toBe(NOW);
    expect(judged.outcome).toMatchObject({
      occurredAt: NOW,
      event: { type: 'BasisEstablished', data: { basisId: 'basis-1', purpose: 'collection' } },
    });
  });

  it('decide_WhenTheDomainRefuses_ThrowsTheRefusal', async () => {
    const { judgement } = judgementOn();
    await expect(
      judgement.judge(asked('debtor-1', withdrawBasis()), { afterConflict: false }),
    ).rejects.toMatchObject({ refusal: { code: 'NOT_FOUND' } });
    const ifMatch = asked('debtor-1', establishBasis(), { expectedRevision: 3 });
    await expect(judgement.judge(ifMatch, { afterConflict: false })).rejects.toMatchObject({
      refusal: { code: 'WRONG_EXPECTED_REVISION' },
    });
  });

  it('decide_OnWhatThisProcessRemembers_ReadsNothingFromTheStore', async () => {
    const { footings, judgement } = judgementOn();
    const basis = await rememberedBasis(footings, 'debtor-1');
    const reads = jest.spyOn(ledger.store, 'readStream');
    const withdrawal = asked('debtor-1', withdrawBasis(basis.data.basisId as string));
    const judged = await judgement.judge(withdrawal, { afterConflict: false });
    expect(judged.footing.prevHash).toBe(basis.hash);
    expect(judged.outcome.event.type).toBe('BasisWithdrawn');
    expect(reads).not.toHaveBeenCalled();
  });

  it('decide_ARefusalOnRememberedState_IsDecidedAgainOnTheStore', async () => {
    const { footings, judgement } = judgementOn(behindOtherProcesses);
    const first = await rememberedBasis(footings, 'debtor-1');
    // Another process establishes a second basis; this read side has not applied it.
    const second = testEvent('debtor-1', first, {
      ...ESTABLISHED,
      data: { basisId: 'basis-2', purpose: 'collection', legalBasis: 'contract' },
    });
    await ledger.store.append(second, { expectedRevision: 0 });
    const judged = await judgement.judge(asked('debtor-1', withdrawBasis('basis-2')), {
      afterConflict: false,
    });
    expect(judged.footing.prevHash).toBe(second.hash);
    expect(judged.outcome.event).toMatchObject({ type: 'BasisWithdrawn', data: { basisId: 'basis-2' } });
  });

  it('decide_AfterAConflict_DecidesOnTheStoreEvenWhenSomethingIsRemembered', async () => {
    const { footings, judgement } = judgementOn();
    const basis = await rememberedBasis(footings, 'debtor-1');
    const withdrawal = asked('debtor-1', withdrawBasis(basis.data.basisId as string));
    const reads = jest.spyOn(ledger.store, 'readStream');
    const judged = await judgement.judge(withdrawal, { afterConflict: true });
    expect(reads).toHaveBeenCalledWith('debtor-1');
    expect(judged.footing.prevHash).toBe(basis.hash);
  });
});
