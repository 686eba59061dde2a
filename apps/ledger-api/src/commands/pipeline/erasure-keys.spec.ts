import { randomBytes } from 'node:crypto';
import { LedgerEventBody } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { PersonalDataCodec } from '@ledger/runtime';
import { ErasureKeys } from './erasure-keys';

const masterKey = randomBytes(32);
const erasure = testEvent('debtor-1', null, { type: 'ErasureCompleted', data: { retain: [] } });
const restriction: LedgerEventBody = {
  type: 'RestrictionApplied',
  data: { restrictionId: 'r-1', ground: 'accuracy-contested', note: 'Jan Jansen disputes the amount' },
};

describe('ErasureKeys', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });
  afterEach(() => store.close());

  /** A codec no read side feeds: only what the command path tells it, it knows. */
  async function codecWithKey(): Promise<PersonalDataCodec> {
    const codec = new PersonalDataCodec(store, masterKey);
    await codec.dataKeyFor('debtor-1', true);
    return codec;
  }

  it('destroyedBy_AnErasure_IsTheSubjectsDataKey_AndNothingForOtherEvents', () => {
    const keys = new ErasureKeys(new PersonalDataCodec(store, masterKey));
    expect(keys.destroyedBy(erasure)).toEqual(['debtor-1']);
    expect(keys.destroyedBy(testEvent('debtor-1', null))).toBeUndefined();
  });

  it('forgetDestroyedBy_AnErasure_LeavesThisProcessNoKeyToSealWith', async () => {
    const [forgetting, unaware] = [await codecWithKey(), await codecWithKey()];
    const keys = new ErasureKeys(forgetting);
    await store.append(erasure, { expectedRevision: -1, destroyDataKeys: keys.destroyedBy(erasure) });
    expect(await store.getDataKey('debtor-1')).toBeNull();
    keys.forgetDestroyedBy(erasure);
    expect(await forgetting.seal('debtor-1', restriction)).toMatchObject({ code: 'SUBJECT_ERASED' });
    // A codec not told still holds the unwrapped key in memory, and would seal with it.
    expect(await unaware.seal('debtor-1', restriction)).toMatchObject({
      note: expect.stringMatching(/^enc:v1:/),
    });
  });

  it('forgetDestroyedBy_AnyOtherEvent_KeepsTheKey', async () => {
    const codec = await codecWithKey();
    new ErasureKeys(codec).forgetDestroyedBy(testEvent('debtor-1', null));
    expect(await codec.seal('debtor-1', restriction)).toMatchObject({
      note: expect.stringMatching(/^enc:v1:/),
    });
  });
});
