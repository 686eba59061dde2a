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
import { CommandDecision } from './command-decision';
import { AppliedLog } from './read-your-write';
import { SubjectFootings } from './subject-footings';

/** A read side that has applied this process's first append to every subject, and nothing after it. */
const behindOtherProcesses: AppliedLog = {
  waitFor: async () => true,
  subject: () => ({ revision: 0, events: [] }),
};

describe('CommandDecision', () => {
  let ledger: InMemoryLedger;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
  });
  afterEach(() => ledger.close());

  function decisionOn(readSide: AppliedLog = ledger.readSide) {
    const footings = new SubjectFootings(ledger.store, readSide);
    return { footings, decision: new CommandDecision(footings, ledger.catalogue, ledger.clock) };
  }

  /** A basis this process established on a new subject, remembered as the command path remembers it. */
  async function rememberedBasis(footings: SubjectFootings, subjectId: string): Promise<StoredEvent> {
    const event = testEvent(subjectId, null);
    const stored = { ...event, ...(await ledger.store.append(event, { expectedRevision: -1 })) };
    footings.remember(stored, initialSubjectState());
    await ledger.readSide.waitFor(stored.position, 1000);
    return stored;
  }

  it('decide_OnANewSubject_DecidesOnTheStoreWithTheLedgersClock', async () => {
    const { decision } = decisionOn();
    const decided = await decision.decide(asked('debtor-1', establishBasis()), { afterConflict: false });
    expect(decided.footing.state.revision).toBe(-1);
    expect(decided.recordedAt).toBe(NOW);
    expect(decided.outcome).toMatchObject({
      occurredAt: NOW,
      event: { type: 'BasisEstablished', data: { basisId: 'basis-1', purpose: 'collection' } },
    });
  });

  it('decide_WhenTheDomainRefuses_ThrowsTheRefusal', async () => {
    const { decision } = decisionOn();
    await expect(
      decision.decide(asked('debtor-1', withdrawBasis()), { afterConflict: false }),
    ).rejects.toMatchObject({ refusal: { code: 'NOT_FOUND' } });
    const ifMatch = asked('debtor-1', establishBasis(), { expectedRevision: 3 });
    await expect(decision.decide(ifMatch, { afterConflict: false })).rejects.toMatchObject({
      refusal: { code: 'WRONG_EXPECTED_REVISION' },
    });
  });

  it('decide_OnWhatThisProcessRemembers_ReadsNothingFromTheStore', async () => {
    const { footings, decision } = decisionOn();
    const basis = await rememberedBasis(footings, 'debtor-1');
    const reads = jest.spyOn(ledger.store, 'readStream');
    const withdrawal = asked('debtor-1', withdrawBasis(basis.data.basisId as string));
    const decided = await decision.decide(withdrawal, { afterConflict: false });
    expect(decided.footing.prevHash).toBe(basis.hash);
    expect(decided.outcome.event.type).toBe('BasisWithdrawn');
    expect(reads).not.toHaveBeenCalled();
  });

  it('decide_ARefusalOnRememberedState_IsDecidedAgainOnTheStore', async () => {
    const { footings, decision } = decisionOn(behindOtherProcesses);
    const first = await rememberedBasis(footings, 'debtor-1');
    // Another process establishes a second basis; this read side has not applied it.
    const second = testEvent('debtor-1', first, { data: { basisId: 'basis-2', purpose: 'collection' } });
    await ledger.store.append(second, { expectedRevision: 0 });
    const decided = await decision.decide(asked('debtor-1', withdrawBasis('basis-2')), {
      afterConflict: false,
    });
    expect(decided.footing.prevHash).toBe(second.hash);
    expect(decided.outcome.event).toMatchObject({ type: 'BasisWithdrawn', data: { basisId: 'basis-2' } });
  });

  it('decide_AfterAConflict_DecidesOnTheStoreEvenWhenSomethingIsRemembered', async () => {
    const { footings, decision } = decisionOn();
    const basis = await rememberedBasis(footings, 'debtor-1');
    const withdrawal = asked('debtor-1', withdrawBasis(basis.data.basisId as string));
    const reads = jest.spyOn(ledger.store, 'readStream');
    const decided = await decision.decide(withdrawal, { afterConflict: true });
    expect(reads).toHaveBeenCalledWith('debtor-1');
    expect(decided.footing.prevHash).toBe(basis.hash);
  });
});
