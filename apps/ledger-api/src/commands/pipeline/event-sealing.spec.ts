import { CommandOutcome, handleCommand, LedgerCommand } from '@ledger/domain';
import { verifyChain } from '@ledger/event-store';
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

describe('EventSealing', () => {
  let ledger: InMemoryLedger;
  let sealing: EventSealing;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    sealing = new EventSealing(ledger.codec);
  });
  afterEach(() => ledger.close());

  /** The command as the domain accepts it on the subject's stream in the store. */
  async function judged(subjectId: string, command: LedgerCommand): Promise<Judged> {
    const footing = await new SubjectFootings(ledger.store, ledger.readSide).stored(subjectId);
    const context = { now: NOW, catalogue: ledger.catalogue };
    const outcome = handleCommand(footing.state, command, context) as CommandOutcome;
    return { footing, outcome, recordedAt: NOW };
  }

  it('eventOf_SealsThePersonalFieldsUnderTheSubjectsKey_AndKeepsTheRestAsDecided', async () => {
    const event = await sealing.eventOf('debtor-1', OPERATOR, await judged('debtor-1', establishBasis()));
    expect(event).toMatchObject({
      streamId: 'debtor-1',
      type: 'BasisEstablished',
      occurredAt: NOW,
      recordedAt: NOW,
      actor: OPERATOR,
      data: { basisId: 'basis-1', purpose: 'collection', legalBasis: 'contract', validFrom: NOW },
    });
    expect(event.data.evidence).toMatch(/^enc:v1:/);
    const key = await ledger.codec.dataKeyFor('debtor-1');
    expect(ledger.codec.open('debtor-1', event.type, event.data, key).evidence).toBe(
      'claim 2026-0042 of Jan Jansen',
    );
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

  it('eventOf_WhenAnotherProcessErasedTheSubjectSinceItsFootingWasRead_RefusesSubjectErased', async () => {
    await ledger.codec.dataKeyFor('debtor-1', true);
    const beforeErasure = await judged('debtor-1', establishBasis());
    const erasure = testEvent('debtor-1', null, { type: 'ErasureCompleted', data: { retain: [] } });
    const { position } = await ledger.store.append(erasure, {
      expectedRevision: -1,
      destroyDataKeys: ['debtor-1'],
    });
    await ledger.readSide.waitFor(position, 1000);
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
