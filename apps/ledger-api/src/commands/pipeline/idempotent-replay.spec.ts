import { Actor, CatalogueIndex, defaultCatalogue, refuse } from '@ledger/domain';
import { CommandAnswer } from '@ledger/wire';
import { InMemoryEventStore, StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { RefusalException } from '../../problems/refusal.exception';
import { OPERATOR } from '../../testing/in-memory-ledger';
import { answerOf } from './command-answer';
import { IdempotentReplay, storedKeyOf } from './idempotent-replay';

const request = { key: 'retry-1', requestHash: 'digest-of-the-first-request' };
const catalogue = new CatalogueIndex(defaultCatalogue());

describe('IdempotentReplay', () => {
  let store: InMemoryEventStore;
  let replay: IdempotentReplay;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    replay = new IdempotentReplay(store, () => catalogue);
  });
  afterEach(() => store.close());

  /** Appends an event under the key, as the request that used it first did. */
  async function appendedWithKey(
    subjectId: string,
    requestHash = request.requestHash,
    actor: Actor = OPERATOR,
  ): Promise<StoredEvent> {
    const event = testEvent(subjectId, null);
    const idempotencyKey = storedKeyOf(actor, { ...request, requestHash });
    const { position } = await store.append(event, { expectedRevision: -1, idempotencyKey, requestHash });
    return { ...event, position };
  }

  /** Records by appending under the key, as the command path does. */
  const recordWithKey = (subjectId: string) => async (): Promise<CommandAnswer> =>
    answerOf(await appendedWithKey(subjectId), catalogue);

  it('answer_WhenTheKeyIsUnused_RecordsAndGivesThatAnswer', async () => {
    const answer = await replay.answer(OPERATOR, request, recordWithKey('debtor-1'));
    expect(answer).toMatchObject({ subjectId: 'debtor-1', revision: 0, position: '1' });
  });

  it('answer_WhenTheSameRequestCameBefore_GivesTheFirstAnswerAndRecordsNothing', async () => {
    const first = await replay.answer(OPERATOR, request, recordWithKey('debtor-1'));
    const record = jest.fn(recordWithKey('debtor-1'));
    expect(await replay.answer(OPERATOR, request, record)).toEqual(first);
    expect(record).not.toHaveBeenCalled();
    expect(await store.headPosition()).toBe('1');
  });

  it('answer_WhenTheKeyWasUsedForAnotherRequest_RefusesIdempotencyKeyReused', async () => {
    await replay.answer(OPERATOR, request, recordWithKey('debtor-1'));
    const record = jest.fn(recordWithKey('debtor-2'));
    const other = { ...request, requestHash: 'digest-of-another-request' };
    await expect(replay.answer(OPERATOR, other, record)).rejects.toMatchObject({
      refusal: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
    expect(record).not.toHaveBeenCalled();
  });

  it('answer_KeysOfAnotherApiKey_AreTheirOwn', async () => {
    await replay.answer(OPERATOR, request, recordWithKey('debtor-1'));
    const theDpo = { name: 'the-dpo', role: 'dpo' };
    const record = async () =>
      answerOf(await appendedWithKey('debtor-2', request.requestHash, theDpo), catalogue);
    expect(await replay.answer(theDpo, request, record)).toMatchObject({ subjectId: 'debtor-2' });
    expect(await replay.answer(OPERATOR, request, record)).toMatchObject({ subjectId: 'debtor-1' });
  });

  it('answer_WhenATwinRequestWonTheRaceForTheKey_GivesTheWinnersAnswer', async () => {
    let winner: StoredEvent | undefined;
    const answer = await replay.answer(OPERATOR, request, async () => {
      winner = await appendedWithKey('debtor-1');
      // This request's own append with the key comes second: the store refuses it.
      return recordWithKey('debtor-1')();
    });
    expect(answer).toEqual(answerOf(winner as StoredEvent, catalogue));
  });

  it('answer_WhenATwinWonAndThisOneWasRefusedOnTheStateItMade_GivesTheWinnersAnswer', async () => {
    let winner: StoredEvent | undefined;
    const answer = await replay.answer(OPERATOR, request, async () => {
      winner = await appendedWithKey('debtor-1');
      throw new RefusalException(refuse('ALREADY_WITHDRAWN', 'the basis is withdrawn'));
    });
    expect(answer).toEqual(answerOf(winner as StoredEvent, catalogue));
  });

  it('answer_WhenADifferentRequestWonTheRaceForTheKey_RefusesIdempotencyKeyReused', async () => {
    const record = async () => {
      await appendedWithKey('debtor-1', 'digest-of-another-request');
      return recordWithKey('debtor-1')();
    };
    await expect(replay.answer(OPERATOR, request, record)).rejects.toMatchObject({
      refusal: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });
  });

  it('answer_WhenRefusedWithoutATwin_PassesTheRefusalOn', async () => {
    const refusal = new RefusalException(refuse('NOT_FOUND', 'no such basis'));
    await expect(replay.answer(OPERATOR, request, () => Promise.reject(refusal))).rejects.toBe(refusal);
  });
});
