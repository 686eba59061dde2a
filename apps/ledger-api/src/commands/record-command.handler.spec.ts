import { LedgerCommand } from '@ledger/domain';
import { EventToAppend, verifyChain } from '@ledger/event-store';
import { SubjectEvents } from '@ledger/runtime';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { RecordCommandHandler } from './record-command.handler';
import { RecordCommand, RecordCommandOptions } from './record-command';
import {
  asked,
  completeErasure,
  establishBasis,
  inMemoryLedger,
  InMemoryLedger,
  withdrawBasis,
} from '../testing/in-memory-ledger';

const fiscalBasis: LedgerCommand = {
  type: 'EstablishBasis',
  basisId: 'fiscal-1',
  purpose: 'fiscal-retention',
  legalBasis: 'legal-obligation',
  evidence: 'tax assessment of Jan Jansen',
};
const restrictFiscal = (restrictionId: string): LedgerCommand => ({
  type: 'ApplyRestriction',
  restrictionId,
  ground: 'accuracy-contested',
  purposes: ['fiscal-retention'],
  note: 'disputed',
});

describe('RecordCommandHandler', () => {
  let ledger: InMemoryLedger;
  let handler: RecordCommandHandler;
  beforeEach(async () => {
    ledger = await inMemoryLedger();
    const { store, catalogues, codec, readSide, clock } = ledger;
    handler = new RecordCommandHandler(store, catalogues, codec, readSide, clock, new LedgerMetrics());
  });
  afterEach(() => ledger.close());

  const record = (options: RecordCommandOptions) => handler.execute(new RecordCommand(options));

  /**
   * Another process appends to the subject just before this one's next append reaches the store: a basis,
   * or `theirs` destroying `destroyDataKeys` with it.
   */
  function anotherProcessAppendsFirst(
    subjectId: string,
    {
      theirs,
      destroyDataKeys,
    }: { theirs?: Pick<EventToAppend, 'type' | 'data'>; destroyDataKeys?: string[] } = {},
  ): void {
    const append = ledger.store.append.bind(ledger.store);
    jest.spyOn(ledger.store, 'append').mockImplementationOnce(async (event, options) => {
      const head = (await ledger.store.readStream(subjectId)).at(-1) ?? null;
      await append(testEvent(subjectId, head, theirs), {
        expectedRevision: head?.revision ?? -1,
        destroyDataKeys,
      });
      return append(event, options);
    });
  }
  /** The personal fields of the subject's events, as auditors read them, in stream order. */
  async function personalTexts(subjectId: string): Promise<unknown[]> {
    const { events } = await new SubjectEvents(ledger.store, ledger.codec).read(subjectId);
    return events.map(({ data }) =>
      'evidence' in data ? data.evidence : 'note' in data ? data.note : undefined,
    );
  }

  it('execute_AnswersWithTheAppendedEvent_OnceTheReadSideHasIt', async () => {
    const answer = await record(asked('debtor-1', establishBasis()));
    // Position 1 is the catalogue's adoption.
    expect(answer).toEqual({
      subjectId: 'debtor-1',
      eventId: expect.any(String),
      type: 'BasisEstablished',
      revision: 0,
      position: '2',
      basisId: 'basis-1',
    });
    expect((await ledger.readSide.historiesOf(['debtor-1'])).revision('debtor-1')).toBe(0);
    const [stored] = await ledger.store.readStream('debtor-1');
    expect(stored.data.evidence).toMatch(/^enc:v2:purpose:collection:/);
  });

  it('execute_TheNextCommandOnASubjectThisProcessWrote_ReadsNothingFromTheStore', async () => {
    await record(asked('debtor-1', establishBasis()));
    const reads = jest.spyOn(ledger.store, 'readStream');
    expect(await record(asked('debtor-1', withdrawBasis()))).toMatchObject({ revision: 1 });
    expect(reads).not.toHaveBeenCalled();
    expect(verifyChain(await ledger.store.readStream('debtor-1'))).toMatchObject({
      valid: true,
      eventCount: 2,
    });
  });

  it('execute_ARefusal_AppendsNothing', async () => {
    const head = await ledger.store.headPosition();
    await expect(record(asked('debtor-1', withdrawBasis()))).rejects.toMatchObject({
      refusal: { code: 'NOT_FOUND' },
    });
    expect(await ledger.store.headPosition()).toBe(head);
  });

  it('execute_AfterAConflictWithAnotherProcess_AppendsOnTopOfItsEvent', async () => {
    anotherProcessAppendsFirst('debtor-1');
    expect(await record(asked('debtor-1', establishBasis()))).toMatchObject({ revision: 1 });
    expect(verifyChain(await ledger.store.readStream('debtor-1'))).toMatchObject({
      valid: true,
      eventCount: 2,
    });
  });

  it('execute_UnderIfMatch_RefusesAConflictWithoutRetrying', async () => {
    anotherProcessAppendsFirst('debtor-1');
    await expect(record(asked('debtor-1', establishBasis(), { expectedRevision: -1 }))).rejects.toMatchObject(
      {
        refusal: { code: 'WRONG_EXPECTED_REVISION' },
      },
    );
    expect(await ledger.store.readStream('debtor-1')).toHaveLength(1);
  });

  it('execute_WithAnIdempotencyKey_AnswersTwinsAndRetriesOnce_AndRefusesTheKeyForAnotherRequest', async () => {
    const idempotency = { key: 'retry-1', requestHash: 'digest' };
    const options = asked('debtor-1', establishBasis(), { idempotency });
    const [first, twin] = await Promise.all([record(options), record(options)]);
    expect(twin).toEqual(first);
    expect(await record(options)).toEqual(first);
    expect(await ledger.store.readStream('debtor-1')).toHaveLength(1);
    const reused = asked('debtor-1', withdrawBasis(), {
      idempotency: { ...idempotency, requestHash: 'other' },
    });
    await expect(record(reused)).rejects.toMatchObject({ refusal: { code: 'IDEMPOTENCY_KEY_REUSED' } });
  });

  it('execute_AnErasureKeepingAPurpose_LeavesItsEvidenceReadable_UntilANarrowingErasureEndsIt', async () => {
    await record(asked('debtor-1', establishBasis()));
    await record(asked('debtor-1', fiscalBasis));
    await record(asked('debtor-1', { type: 'CompleteErasure', retain: ['fiscal-retention'] }));
    expect(await ledger.store.getDataKey('debtor-1/purpose:collection')).toBeNull();
    // What an erased subject still takes is sealed under a live key: the new period's.
    await record(asked('debtor-1', restrictFiscal('r-1')));
    expect(await personalTexts('debtor-1')).toStrictEqual([
      null,
      'tax assessment of Jan Jansen',
      undefined,
      'disputed',
    ]);

    await record(asked('debtor-1', completeErasure));
    expect(await personalTexts('debtor-1')).toStrictEqual([null, null, undefined, null, undefined]);
    for (const keyId of ['debtor-1/purpose:fiscal-retention', 'debtor-1/period:1']) {
      expect(await ledger.store.getDataKey(keyId)).toBeNull();
    }
    await expect(record(asked('debtor-1', establishBasis('basis-2')))).rejects.toMatchObject({
      refusal: { code: 'SUBJECT_ERASED' },
    });
  });

  it('execute_WhenAnotherProcessErasedTheSubjectMeanwhile_DecidesAgain_AndSealsUnderTheNewPeriod', async () => {
    await record(asked('debtor-1', fiscalBasis));
    await record(asked('debtor-1', restrictFiscal('r-1')));
    anotherProcessAppendsFirst('debtor-1', {
      theirs: { type: 'ErasureCompleted', data: { retain: ['fiscal-retention'] } },
      destroyDataKeys: ['debtor-1'],
    });
    expect(await record(asked('debtor-1', restrictFiscal('r-2')))).toMatchObject({ revision: 3 });
    const [, , , again] = await ledger.store.readStream('debtor-1');
    expect(again.data.note).toMatch(/^enc:v2:period:1:/);
    expect(await personalTexts('debtor-1')).toStrictEqual([
      'tax assessment of Jan Jansen',
      null,
      undefined,
      'disputed',
    ]);
  });
});
