import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '@ledger/event-store';
import { testEvent } from '../../../../libs/event-store/src/testing/test-events';
import { RefusalException } from '../problems/refusal.exception';
import { PersonalDataCodec } from './personal-data-codec';

describe('PersonalDataCodec', () => {
  let dir: string;
  let store: SqliteEventStore;
  let codec: PersonalDataCodec;
  let masterKey: Buffer;
  const note = 'Jan Jansen called about his debt';
  const restriction = (text: string) =>
    ({
      type: 'RestrictionApplied',
      data: { restrictionId: 'r1', ground: 'accuracy-contested', note: text },
    }) as const;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ledger-codec-'));
    store = new SqliteEventStore({ file: join(dir, 'ledger.sqlite') });
    await store.init();
    masterKey = randomBytes(32);
    codec = new PersonalDataCodec(store, masterKey);
  });
  afterEach(async () => {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('seals personal fields only, and opens them with the subject key', async () => {
    const sealed = await codec.seal('s1', restriction(note));
    expect(sealed).toEqual({
      restrictionId: 'r1',
      ground: 'accuracy-contested',
      note: expect.stringMatching(/^enc:v1:/),
    });
    const key = await codec.dataKeyFor('s1');
    expect(codec.open('s1', 'RestrictionApplied', sealed, key)).toEqual(restriction(note).data);
  });

  it('binds a sealed text to its subject and field: moved elsewhere, it does not open', async () => {
    const sealed = await codec.seal('s1', restriction(note));
    await codec.seal('s2', restriction('another'));
    const [key1, key2] = [await codec.dataKeyFor('s1'), await codec.dataKeyFor('s2')];
    expect(() => codec.open('s2', 'RestrictionApplied', sealed, key2)).toThrow();
    expect(() => codec.open('s2', 'RestrictionApplied', sealed, key1)).toThrow();
    expect(() => codec.open('s1', 'RestrictionLifted', { reason: sealed.note }, key1)).toThrow();
  });

  it('reads every personal field as null once the key is gone, and refuses to seal more', async () => {
    const sealed = await codec.seal('s1', restriction(note));
    const erasure = testEvent('s1', null, { type: 'ErasureCompleted', data: { retain: [] } });
    await store.append(erasure, { expectedRevision: -1, destroyDataKeys: ['s1'] });
    // Reads ask the store, so they see the key gone before the read side has applied the erasure.
    const key = await codec.dataKeyFor('s1');
    expect(key).toBeNull();
    expect(codec.open('s1', 'RestrictionApplied', sealed, key).note).toBeNull();
    expect(codec.open('s1', 'RestrictionApplied', { ...sealed, note: 'never sealed' }, key).note).toBeNull();
    codec.apply({ ...erasure, position: '1' });
    await expect(codec.seal('s1', restriction(note))).rejects.toThrow(RefusalException);
    await expect(codec.seal('s1', restriction(note))).rejects.toMatchObject({
      refusal: { code: 'SUBJECT_ERASED' },
    });
  });

  it('seals with the key a fresh codec reads from the store, and refuses once an erasure destroyed it', async () => {
    await codec.seal('s1', restriction(note));
    const erasure = testEvent('s1', null, { type: 'ErasureCompleted', data: { retain: [] } });
    await store.append(erasure, { expectedRevision: -1, destroyDataKeys: ['s1'] });
    const elsewhere = new PersonalDataCodec(store, masterKey);
    await expect(elsewhere.seal('s1', restriction(note))).rejects.toMatchObject({
      refusal: { code: 'SUBJECT_ERASED' },
    });
  });
});
