import { randomBytes } from 'node:crypto';
import { foldSubject, initialSubjectState } from '@ledger/domain';
import { basis } from '@ledger/domain/testing/events';
import { InMemoryEventStore, WrongExpectedRevision } from '@ledger/event-store';
import { appendChain, testEvent } from '@ledger/event-store/testing/test-events';
import { PersonalDataCodec } from '@ledger/runtime';
import { OPERATOR } from '../../testing/in-memory-ledger';
import { ErasureKeys } from './erasure-keys';
import { EventAppender } from './event-appender';
import { storedKeyOf } from './idempotent-replay';

describe('EventAppender', () => {
  let store: InMemoryEventStore;
  let appender: EventAppender;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    appender = new EventAppender(store, new ErasureKeys(new PersonalDataCodec(store, randomBytes(32))));
  });
  afterEach(() => store.close());

  it('append_StoresTheEventAtItsRevision_AndGivesItsPosition', async () => {
    const [first] = await appendChain(store, 'debtor-1', 1);
    const event = testEvent('debtor-1', first);
    const stored = await appender.append(event, initialSubjectState(), { actor: OPERATOR });
    expect(stored).toEqual({ ...event, position: '2' });
    expect(await store.readStream('debtor-1')).toEqual([first, stored]);
  });

  it('append_WhenAnotherAppendCameFirst_Conflicts', async () => {
    const [first] = await appendChain(store, 'debtor-1', 2);
    await expect(
      appender.append(testEvent('debtor-1', first), initialSubjectState(), { actor: OPERATOR }),
    ).rejects.toBeInstanceOf(WrongExpectedRevision);
  });

  it('append_KeepsTheRequestsIdempotencyKey_ScopedByItsApiKey', async () => {
    const idempotency = { key: 'retry-1', requestHash: 'digest' };
    const stored = await appender.append(testEvent('debtor-1', null), initialSubjectState(), {
      actor: OPERATOR,
      idempotency,
    });
    expect(await store.findIdempotencyKey(storedKeyOf(OPERATOR, idempotency))).toEqual({
      requestHash: 'digest',
      event: stored,
    });
    expect(await store.findIdempotencyKey('retry-1')).toBeNull();
  });

  it('append_AnErasure_DestroysTheKeysOfTheScopesItEnds_AndNoOther', async () => {
    const keyIds = ['debtor-1', 'debtor-1/purpose:collection', 'debtor-1/purpose:fiscal-retention'];
    for (const keyId of keyIds) await store.putDataKeyIfAbsent(keyId, randomBytes(60));
    const decidedOn = foldSubject([
      basis('b-1', 'collection', 'contract'),
      basis('b-2', 'fiscal-retention', 'legal-obligation'),
    ]);
    const erasure = testEvent('debtor-1', null, {
      type: 'ErasureCompleted',
      data: { retain: ['fiscal-retention'] },
    });
    await appender.append(erasure, decidedOn, { actor: OPERATOR });
    expect(await store.getDataKey('debtor-1')).toBeNull();
    expect(await store.getDataKey('debtor-1/purpose:collection')).toBeNull();
    expect(await store.getDataKey('debtor-1/purpose:fiscal-retention')).toEqual(expect.any(Buffer));
    expect(await store.putDataKeyIfAbsent('debtor-1', randomBytes(60))).toBeNull();
  });
});
