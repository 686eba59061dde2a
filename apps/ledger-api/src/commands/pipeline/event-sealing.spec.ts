import { CommandOutcome, handleCommand, LedgerCommand } from '@ledger/domain';
import { EventToAppend, verifyChain, WrongExpectedRevision } from '@ledger/event-store';
import { appendChain, testEvent } from '@ledger/event-store/testing/test-events';
import {
  completeErasure,
  establishBasis,
  inMemoryLedger,
  InMemoryLedger,
  NOW,
  OPERATOR,
} from '../../testing/in-memory-ledger';
import { Judged } from './command-judgement';
import { EventSealing } from './event-sealing';
import { SubjectFootings } from './subject-footings';

const restrictFiscal: LedgerCommand = {
  type: 'ApplyRestriction',
  restrictionId: 'r-1',
  ground: 'accuracy-contested',
  purposes: ['fiscal-retention'],
  note: 'Jan Jansen disputes the assessment',
};
const fiscalBasis = {
  type: 'BasisEstablished',
  data: { basisId: 'b-1', purpose: 'fiscal-retention', legalBasis: 'legal-obligation', validFrom: NOW },
};
/** Before the ledger's clock (`NOW`). */
const EARLIER = '2026-05-01T00:00:00.000Z';
const keepingFiscal = { type: 'ErasureCompleted', data: { retain: ['fiscal-retention'] } };

describe('EventSealing', () => {
  let ledger: InMemoryLedger;
  let sealing: EventSealing;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    sealing = new EventSealing(ledger.codec, ledger.store);
  });
  afterEach(() => ledger.close());

  /** The command as the domain accepts it on the subject's stream in the store. */
  async function judged(subjectId: string, command: LedgerCommand): Promise<Judged> {
    const footing = await new SubjectFootings(ledger.store, ledger.readSide).stored(subjectId);
    const context = { now: NOW, catalogue: ledger.catalogue };
    const outcome = handleCommand(footing.state, command, context) as CommandOutcome;
    return { footing, outcome, recordedAt: NOW };
  }
  /**
   * Appends `bodies` to the subject as another process would: chained, the personal fields aside, and before
   * the ledger's clock, so that the commands judged after them may act on them.
   */
  async function recorded(subjectId: string, ...bodies: Pick<EventToAppend, 'type' | 'data'>[]) {
    for (const body of bodies) {
      const [head] = (await ledger.store.readStream(subjectId)).slice(-1);
      const event = testEvent(subjectId, head ?? null, { ...body, occurredAt: EARLIER, recordedAt: EARLIER });
      await ledger.store.append(event, { expectedRevision: event.revision - 1 });
    }
  }
  const opened = async (event: EventToAppend) => (await ledger.codec.openAll(event.streamId, [event]))[0];

  it('eventOf_SealsThePersonalFieldsUnderTheKeyOfTheirScope_AndKeepsTheRestAsDecided', async () => {
    const event = await sealing.eventOf('debtor-1', OPERATOR, await judged('debtor-1', establishBasis()));
    expect(event).toMatchObject({
      streamId: 'debtor-1',
      type: 'BasisEstablished',
      occurredAt: NOW,
      recordedAt: NOW,
      actor: OPERATOR,
      data: { basisId: 'basis-1', purpose: 'collection', legalBasis: 'contract', validFrom: NOW },
    });
    expect(event.data.evidence).toMatch(/^enc:v2:purpose:collection:/);
    expect((await opened(event)).evidence).toBe('claim 2026-0042 of Jan Jansen');
  });

  it('eventOf_AfterAnErasure_SealsUnderTheKeptPurposesKey_OrTheNewPeriods', async () => {
    await recorded('debtor-1', fiscalBasis, keepingFiscal);
    const withdrawal = await sealing.eventOf(
      'debtor-1',
      OPERATOR,
      await judged('debtor-1', { type: 'WithdrawBasis', basisId: 'b-1', reason: 'other', note: 'paid' }),
    );
    expect(withdrawal.data.note).toMatch(/^enc:v2:purpose:fiscal-retention:/);
    const restriction = await sealing.eventOf('debtor-1', OPERATOR, await judged('debtor-1', restrictFiscal));
    expect(restriction.data.note).toMatch(/^enc:v2:period:1:/);
    expect((await opened(restriction)).note).toBe(restrictFiscal.note);
  });

  it('eventOf_ChainsTheEventToTheHeadOfItsFooting', async () => {
    await appendChain(ledger.store, 'debtor-1', 2);
    const event = await sealing.eventOf('debtor-1', OPERATOR, await judged('debtor-1', establishBasis()));
    expect(event.revision).toBe(2);
    await ledger.store.append(event, { expectedRevision: 1 });
    expect(verifyChain(await ledger.store.readStream('debtor-1'))).toMatchObject({
      valid: true,
      eventCount: 3,
    });
  });

  it('eventOf_WhenAnotherProcessErasedTheSubjectSinceItsFootingWasRead_ConflictsToBeDecidedAgain', async () => {
    await recorded('debtor-1', fiscalBasis);
    const beforeErasure = await judged('debtor-1', restrictFiscal);
    const erasure = testEvent('debtor-1', (await ledger.store.readStream('debtor-1'))[0], keepingFiscal);
    await ledger.store.append(erasure, { expectedRevision: 0, destroyDataKeys: ['debtor-1'] });
    const conflict = sealing.eventOf('debtor-1', OPERATOR, beforeErasure);
    await expect(conflict).rejects.toBeInstanceOf(WrongExpectedRevision);
    await expect(conflict).rejects.toMatchObject({ expectedRevision: 0, actualRevision: 1 });
  });

  it('eventOf_WhenTheKeyIsDestroyedByAnErasureNotAppendedYet_RefusesSubjectErased', async () => {
    await recorded('debtor-1', fiscalBasis);
    const beforeErasure = await judged('debtor-1', restrictFiscal);
    // EventStoreDB destroys an erasure's keys before it appends the erasure: this one is still on its way.
    const elsewhere = testEvent('debtor-2', null, keepingFiscal);
    await ledger.store.append(elsewhere, { expectedRevision: -1, destroyDataKeys: ['debtor-1'] });
    await expect(sealing.eventOf('debtor-1', OPERATOR, beforeErasure)).rejects.toMatchObject({
      refusal: { code: 'SUBJECT_ERASED' },
    });
  });

  it('eventOf_AnEventWithoutPersonalText_NeedsNoDataKey', async () => {
    const event = await sealing.eventOf('debtor-1', OPERATOR, await judged('debtor-1', completeErasure));
    expect(event.data).toEqual({ retain: [] });
    expect(await ledger.store.getDataKey('debtor-1')).toBeNull();
  });
});
