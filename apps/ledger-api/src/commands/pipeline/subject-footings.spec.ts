import { GENESIS_HASH, StoredEvent } from '@ledger/event-store';
import { appendChain, testEvent } from '@ledger/event-store/testing/test-events';
import { inMemoryLedger, InMemoryLedger } from '../../testing/in-memory-ledger';
import { SubjectFootings } from './subject-footings';

describe('SubjectFootings', () => {
  let ledger: InMemoryLedger;
  let footings: SubjectFootings;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    footings = new SubjectFootings(ledger.store, ledger.readSide);
  });
  afterEach(() => ledger.close());

  /** Appends as this process does: on the stored footing, then remembering what it left. */
  async function appendedHere(subjectId: string): Promise<StoredEvent> {
    const { state, prevHash } = await footings.stored(subjectId);
    const event = testEvent(
      subjectId,
      state.revision < 0 ? null : { revision: state.revision, hash: prevHash },
    );
    const { position } = await ledger.store.append(event, { expectedRevision: state.revision });
    const stored = { ...event, position };
    footings.remember(stored, state);
    return stored;
  }

  it('stored_FoldsTheSubjectsStreamAndChainsToItsLastHash', async () => {
    const stream = await appendChain(ledger.store, 'debtor-1', 3);
    const footing = await footings.stored('debtor-1');
    expect(footing.prevHash).toBe(stream[2].hash);
    expect(footing.state.revision).toBe(2);
    expect(footing.state.bases.size).toBe(3);
  });

  it('stored_ForANewSubject_StartsTheChain', async () => {
    const footing = await footings.stored('debtor-new');
    expect(footing.prevHash).toBe(GENESIS_HASH);
    expect(footing.state.revision).toBe(-1);
  });

  it('remembered_AfterThisProcesssAppend_IsWhatItLeft_WithoutReadingTheStore', async () => {
    const event = await appendedHere('debtor-1');
    const reads = jest.spyOn(ledger.store, 'readStream');
    const footing = await footings.remembered('debtor-1');
    expect(footing?.prevHash).toBe(event.hash);
    expect(footing?.state.revision).toBe(0);
    expect(footing?.state.bases.has(event.data.basisId as string)).toBe(true);
    expect(reads).not.toHaveBeenCalled();
  });

  it('remembered_WhenTheReadSideShowsAnotherProcesssLaterAppend_IsNone', async () => {
    const event = await appendedHere('debtor-1');
    const { position } = await ledger.store.append(testEvent('debtor-1', event), { expectedRevision: 0 });
    await ledger.readSide.waitFor(position, 1000);
    expect(await footings.remembered('debtor-1')).toBeNull();
  });

  it('remembered_WhenNothingOrForgotten_IsNone', async () => {
    expect(await footings.remembered('debtor-1')).toBeNull();
    await appendedHere('debtor-1');
    footings.forget('debtor-1');
    expect(await footings.remembered('debtor-1')).toBeNull();
  });
});
