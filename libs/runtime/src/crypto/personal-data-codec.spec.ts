import { randomBytes } from 'node:crypto';
import { isRefusal, refuse } from '@ledger/domain';
import { InMemoryEventStore } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { PersonalDataCodec } from './personal-data-codec';

describe('PersonalDataCodec', () => {
  let store: InMemoryEventStore;
  let codec: PersonalDataCodec;
  let masterKey: Buffer;
  const note = 'Jan Jansen called about his debt';
  const restriction = (text: string) =>
    ({
      type: 'RestrictionApplied',
      data: { restrictionId: 'r1', ground: 'accuracy-contested', note: text },
    }) as const;
  const erased = refuse('SUBJECT_ERASED', 'the subject has been erased');
  /** The stored form of a restriction's data on a subject not erased. */
  async function sealed(subjectId: string, text: string): Promise<Record<string, unknown>> {
    const data = await codec.seal(subjectId, restriction(text));
    if (isRefusal(data)) throw new Error(`refused: ${data.code}`);
    return data;
  }

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    masterKey = randomBytes(32);
    codec = new PersonalDataCodec(store, masterKey);
  });
  afterEach(() => store.close());

  it('seals personal fields only, and opens them with the subject key', async () => {
    const stored = await sealed('s1', note);
    expect(stored).toEqual({
      restrictionId: 'r1',
      ground: 'accuracy-contested',
      note: expect.stringMatching(/^enc:v1:/),
    });
    const key = await codec.dataKeyFor('s1');
    expect(codec.open('s1', 'RestrictionApplied', stored, key)).toEqual(restriction(note).data);
  });

  it('binds a sealed text to its subject and field: moved elsewhere, it does not open', async () => {
    const stored = await sealed('s1', note);
    await sealed('s2', 'another');
    const [key1, key2] = [await codec.dataKeyFor('s1'), await codec.dataKeyFor('s2')];
    expect(() => codec.open('s2', 'RestrictionApplied', stored, key2)).toThrow();
    expect(() => codec.open('s2', 'RestrictionApplied', stored, key1)).toThrow();
    expect(() => codec.open('s1', 'RestrictionLifted', { reason: stored.note }, key1)).toThrow();
  });

  it('reads every personal field as null once the key is gone, and refuses to seal more', async () => {
    const stored = await sealed('s1', note);
    const erasure = testEvent('s1', null, { type: 'ErasureCompleted', data: { retain: [] } });
    await store.append(erasure, { expectedRevision: -1, destroyDataKeys: ['s1'] });
    // Reads ask the store, so they see the key gone before the read side has applied the erasure.
    const key = await codec.dataKeyFor('s1');
    expect(key).toBeNull();
    expect(codec.open('s1', 'RestrictionApplied', stored, key).note).toBeNull();
    expect(codec.open('s1', 'RestrictionApplied', { ...stored, note: 'never sealed' }, key).note).toBeNull();
    codec.apply({ ...erasure, position: '1' });
    expect(await codec.seal('s1', restriction(note))).toEqual(erased);
  });

  it('seals with the key a fresh codec reads from the store, and refuses once an erasure destroyed it', async () => {
    await codec.seal('s1', restriction(note));
    const erasure = testEvent('s1', null, { type: 'ErasureCompleted', data: { retain: [] } });
    await store.append(erasure, { expectedRevision: -1, destroyDataKeys: ['s1'] });
    const elsewhere = new PersonalDataCodec(store, masterKey);
    expect(await elsewhere.seal('s1', restriction(note))).toEqual(erased);
  });
});
