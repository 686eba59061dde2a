import { randomBytes } from 'node:crypto';
import { foldSubject, LedgerEventBody, SealingScope } from '@ledger/domain';
import { basis, erasure } from '@ledger/domain/testing/events';
import { InMemoryEventStore } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { PersonalDataCodec } from '@ledger/runtime';
import { ErasureKeys } from './erasure-keys';

const masterKey = randomBytes(32);
const fiscal = basis('b-1', 'fiscal-retention', 'legal-obligation');
const collection = basis('b-2', 'collection', 'contract');
/** The stream before the first erasure, and after one that kept fiscal retention. */
const notErased = foldSubject([fiscal, collection]);
const keptFiscal = foldSubject([fiscal, collection, erasure({ retain: ['fiscal-retention'] })]);
const erasureOf = (retain: string[]) =>
  testEvent('debtor-1', null, { type: 'ErasureCompleted', data: { retain } });
const restriction: LedgerEventBody = {
  type: 'RestrictionApplied',
  data: { restrictionId: 'r-1', ground: 'accuracy-contested', note: 'Jan Jansen disputes the amount' },
};
const FIRST: SealingScope = { period: 0 };
const FISCAL: SealingScope = { purpose: 'fiscal-retention' };

describe('ErasureKeys', () => {
  let store: InMemoryEventStore;
  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
  });
  afterEach(() => store.close());

  /** A codec no read side feeds, holding the keys of both scopes: only what the command path tells it, it knows. */
  async function codecWithKeys(): Promise<PersonalDataCodec> {
    const codec = new PersonalDataCodec(store, masterKey);
    for (const scope of [FIRST, FISCAL]) await codec.seal('debtor-1', restriction, scope);
    return codec;
  }

  it('destroyedBy_AnErasure_IsThePeriodItEnds_AndThePurposesItDoesNotKeep', () => {
    const keys = new ErasureKeys(new PersonalDataCodec(store, masterKey));
    expect(keys.destroyedBy(erasureOf(['fiscal-retention']), notErased)).toEqual([
      'debtor-1',
      'debtor-1/purpose:collection',
    ]);
    expect(keys.destroyedBy(erasureOf([]), keptFiscal)).toEqual([
      'debtor-1/period:1',
      'debtor-1/purpose:fiscal-retention',
      'debtor-1/purpose:collection',
    ]);
  });

  it('destroyedBy_AnyOtherEvent_IsNothing', () => {
    const keys = new ErasureKeys(new PersonalDataCodec(store, masterKey));
    expect(keys.destroyedBy(testEvent('debtor-1', null), notErased)).toBeUndefined();
  });

  it('forgetDestroyedBy_AnErasure_LeavesThisProcessNoKeyItDestroyed_AndKeepsTheKeptPurposes', async () => {
    const [forgetting, unaware] = [await codecWithKeys(), await codecWithKeys()];
    const keys = new ErasureKeys(forgetting);
    const kept = erasureOf(['fiscal-retention']);
    await store.append(kept, { expectedRevision: -1, destroyDataKeys: keys.destroyedBy(kept, notErased) });
    expect(await store.getDataKey('debtor-1')).toBeNull();
    keys.forgetDestroyedBy(kept, notErased);
    expect(await forgetting.seal('debtor-1', restriction, FIRST)).toBeNull();
    expect(await forgetting.seal('debtor-1', restriction, FISCAL)).not.toBeNull();
    // A codec not told still holds the unwrapped key in memory, and would seal with it.
    expect(await unaware.seal('debtor-1', restriction, FIRST)).toMatchObject({
      note: expect.stringMatching(/^enc:v2:period:0:/),
    });
  });

  it('forgetDestroyedBy_AnyOtherEvent_ForgetsNothing', async () => {
    const codec = await codecWithKeys();
    // Destroyed behind the codec's back: only the keys it still holds in memory can seal now.
    const elsewhere = testEvent('debtor-2', null, { type: 'ErasureCompleted', data: { retain: [] } });
    await store.append(elsewhere, {
      expectedRevision: -1,
      destroyDataKeys: ['debtor-1', 'debtor-1/purpose:fiscal-retention'],
    });
    new ErasureKeys(codec).forgetDestroyedBy(testEvent('debtor-1', null), notErased);
    for (const scope of [FIRST, FISCAL])
      expect(await codec.seal('debtor-1', restriction, scope)).not.toBeNull();
  });
});
