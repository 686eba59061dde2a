import { randomBytes } from 'node:crypto';
import { LedgerEventBody, SealingScope } from '@ledger/domain';
import { InMemoryEventStore, StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { seal } from './aes-gcm';
import { MASTER_KEY_CHECK, PersonalDataCodec, WrongMasterKey } from './personal-data-codec';

const FISCAL: SealingScope = { purpose: 'fiscal-retention' };
const FIRST: SealingScope = { period: 0 };
const SECOND: SealingScope = { period: 1 };
const evidence = 'tax assessment 2026 of Jan Jansen';
const note = 'Jan Jansen called about his debt';

const basis = (text: string): LedgerEventBody => ({
  type: 'BasisEstablished',
  data: {
    basisId: 'b1',
    purpose: 'fiscal-retention',
    legalBasis: 'legal-obligation',
    validFrom: 'x',
    evidence: text,
  },
});
const restriction = (text: string): LedgerEventBody => ({
  type: 'RestrictionApplied',
  data: { restrictionId: 'r1', ground: 'accuracy-contested', note: text },
});

describe('PersonalDataCodec', () => {
  let store: InMemoryEventStore;
  let codec: PersonalDataCodec;
  let masterKey: Buffer;

  beforeEach(async () => {
    store = new InMemoryEventStore();
    await store.init();
    masterKey = randomBytes(32);
    codec = new PersonalDataCodec(store, masterKey);
  });
  afterEach(() => store.close());

  describe('checkMasterKey (art. 32: one key for every server of a ledger)', () => {
    it('checkMasterKey_GivenTheKeyThatFirstChecked_ThenPasses_AndStoresOneCheckKey', async () => {
      await codec.checkMasterKey();
      const stored = await store.getDataKey(MASTER_KEY_CHECK);
      await new PersonalDataCodec(store, Buffer.from(masterKey)).checkMasterKey();
      expect(await store.getDataKey(MASTER_KEY_CHECK)).toEqual(stored);
    });

    it('checkMasterKey_GivenAnotherKey_ThenRefusesNamingTheSetting_AndKeepsTheLedgersCheck', async () => {
      await codec.checkMasterKey();
      const stored = await store.getDataKey(MASTER_KEY_CHECK);
      const other = new PersonalDataCodec(store, randomBytes(32));
      await expect(other.checkMasterKey()).rejects.toThrow(WrongMasterKey);
      await expect(other.checkMasterKey()).rejects.toThrow(/LEDGER_MASTER_KEY/);
      expect(await store.getDataKey(MASTER_KEY_CHECK)).toEqual(stored);
    });
  });

  /** The stored form of an event, as the command path stores it: sealed under the scope's live key. */
  async function sealed(subjectId: string, event: LedgerEventBody, scope: SealingScope) {
    const data = await codec.seal(subjectId, event, scope);
    if (!data) throw new Error(`no live key for ${JSON.stringify(scope)}`);
    return { type: event.type, data };
  }
  /** Appends an erasure to s1 whose append destroys the keys listed, and nothing else. */
  async function destroyKeys(...destroyDataKeys: string[]): Promise<StoredEvent> {
    const [head] = (await store.readStream('s1')).slice(-1);
    const erasure = testEvent('s1', head ?? null, { type: 'ErasureCompleted', data: { retain: [] } });
    const { position } = await store.append(erasure, {
      expectedRevision: erasure.revision - 1,
      destroyDataKeys,
    });
    return { ...erasure, position };
  }

  it('seal_SealsThePersonalFieldsOnly_UnderTheScopesOwnKey_AndNamesTheScope', async () => {
    const stored = await sealed('s1', basis(evidence), FISCAL);
    expect(stored.data).toEqual({
      ...basis(evidence).data,
      evidence: expect.stringMatching(/^enc:v2:purpose:fiscal-retention:[A-Za-z0-9+/]+=*$/),
    });
    expect((await sealed('s1', restriction(note), SECOND)).data.note).toMatch(/^enc:v2:period:1:/);
    expect(await store.getDataKey('s1/purpose:fiscal-retention')).toEqual(expect.any(Buffer));
    expect(await store.getDataKey('s1/period:1')).toEqual(expect.any(Buffer));
    expect(await store.getDataKey('s1')).toBeNull();
  });

  it('openAll_OpensEachFieldWithItsOwnScopesKey', async () => {
    const events = [
      await sealed('s1', basis(evidence), FISCAL),
      await sealed('s1', restriction(note), FIRST),
      await sealed('s1', restriction('a second note'), SECOND),
    ];
    expect(await codec.openAll('s1', events)).toEqual([
      basis(evidence).data,
      restriction(note).data,
      restriction('a second note').data,
    ]);
  });

  it('openAll_LooksEachKeyUpOncePerRead', async () => {
    const events = [
      await sealed('s1', restriction(note), FIRST),
      await sealed('s1', basis(evidence), FISCAL),
      await sealed('s1', restriction('another'), FIRST),
      await sealed('s1', basis('more evidence'), FISCAL),
    ];
    const lookups = jest.spyOn(store, 'getDataKey');
    await codec.openAll('s1', events);
    expect(lookups.mock.calls.map(([keyId]) => keyId).sort()).toEqual(['s1', 's1/purpose:fiscal-retention']);
  });

  it('openAll_ASealedTextMovedToAnotherSubjectFieldOrScope_DoesNotOpen', async () => {
    const { data } = await sealed('s1', restriction(note), FIRST);
    await sealed('s2', restriction('another'), FIRST);
    await sealed('s1', restriction('another'), SECOND);
    const value = data.note as string;
    await expect(codec.openAll('s2', [{ type: 'RestrictionApplied', data }])).rejects.toThrow();
    await expect(
      codec.openAll('s1', [{ type: 'RestrictionLifted', data: { reason: value } }]),
    ).rejects.toThrow();
    const relabelled = value.replace('enc:v2:period:0:', 'enc:v2:period:1:');
    await expect(
      codec.openAll('s1', [{ type: 'RestrictionApplied', data: { note: relabelled } }]),
    ).rejects.toThrow();
  });

  it('openAll_TextSealedBeforeScopes_OpensWithTheSubjectsOwnKey', async () => {
    // What the codec wrote before scopes: one key per subject, kept under the subject id.
    const dataKey = randomBytes(32);
    await store.putDataKeyIfAbsent('s1', seal(masterKey, dataKey, 's1'));
    const v1 = `enc:v1:${seal(dataKey, Buffer.from(note), 's1/note').toString('base64')}`;
    const before = { type: 'RestrictionApplied', data: { ...restriction(note).data, note: v1 } };
    const after = await sealed('s1', restriction('a later note'), FIRST);
    expect(await codec.openAll('s1', [before, after])).toEqual([
      restriction(note).data,
      restriction('a later note').data,
    ]);
  });

  it('openAll_AfterAnErasure_IsNullUnderEveryKeyItDestroyed_AndReadsTheKeptOnes', async () => {
    const events = [
      await sealed('s1', basis(evidence), FISCAL),
      await sealed('s1', restriction(note), FIRST),
      { type: 'RestrictionApplied', data: { ...restriction(note).data, note: 'never sealed' } },
    ];
    await destroyKeys('s1');
    // Reads ask the store, so they see a key gone before any read side has applied the erasure.
    expect((await codec.openAll('s1', events)).map((data) => data.evidence ?? data.note)).toEqual([
      evidence,
      null,
      null,
    ]);
    await destroyKeys('s1/purpose:fiscal-retention');
    expect((await codec.openAll('s1', events))[0].evidence).toBeNull();
  });

  it('seal_UnderADestroyedKey_IsNull_WhileTheOtherScopesStillSeal', async () => {
    await sealed('s1', restriction(note), FIRST);
    await destroyKeys('s1');
    const elsewhere = new PersonalDataCodec(store, masterKey);
    expect(await elsewhere.seal('s1', restriction(note), FIRST)).toBeNull();
    expect(await elsewhere.seal('s1', basis(evidence), FISCAL)).toMatchObject({
      evidence: expect.stringMatching(/^enc:v2:purpose:/),
    });
    expect(await elsewhere.seal('s1', restriction(note), SECOND)).toMatchObject({
      note: expect.stringMatching(/^enc:v2:period:1:/),
    });
  });

  it('forget_TheKeysListed_LeavesNoneOfThemToSealWith_AndKeepsTheOthers', async () => {
    await sealed('s1', restriction(note), FIRST);
    await sealed('s1', basis(evidence), FISCAL);
    // Both destroyed behind the codec's back: it seals with what it holds in memory until it forgets.
    await destroyKeys('s1', 's1/purpose:fiscal-retention');
    codec.forget('s1', ['s1']);
    expect(await codec.seal('s1', restriction(note), FIRST)).toBeNull();
    expect(await codec.seal('s1', basis(evidence), FISCAL)).not.toBeNull();
  });

  it('apply_AnErasure_DropsEveryKeyOfItsSubject_AndAKeptKeyIsReadAgain', async () => {
    for (const scope of [FIRST, FISCAL, SECOND]) await sealed('s1', restriction(note), scope);
    // Destroyed behind the codec's back, as by another process: it learns of it from its read side.
    codec.apply(await destroyKeys('s1', 's1/purpose:fiscal-retention'));
    const lookups = jest.spyOn(store, 'getDataKey');
    expect(await codec.seal('s1', restriction(note), FIRST)).toBeNull();
    expect(await codec.seal('s1', basis(evidence), FISCAL)).toBeNull();
    expect(await codec.seal('s1', restriction(note), SECOND)).not.toBeNull();
    expect(lookups).toHaveBeenCalledWith('s1/period:1');
  });
});
