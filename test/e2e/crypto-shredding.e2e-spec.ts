import { LedgerEventType, PERSONAL_FIELDS } from '@ledger/domain';
import { personalTexts, recordPersonalTexts } from '../support/personal-texts';
import { describeOnEachRawStore, RawDataKey, RawStore } from '../support/raw-stores';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/** The personal text an event carries, as stored or as read: one field per event in these scenarios. */
function personalText(event: { type: string; data: Record<string, unknown> }): unknown {
  const [field] = PERSONAL_FIELDS[event.type as LedgerEventType].filter((name) => name in event.data);
  return field === undefined ? undefined : event.data[field];
}

const SUBJECT = 'debtor-shredded';
const BYSTANDER = 'debtor-kept';
/** Where each event of `recordPersonalTexts` is sealed: the key of its scope (contract section 3). */
const SCOPES_BEFORE_ERASURE = [
  'purpose:fiscal-retention',
  'purpose:collection',
  'purpose:recruitment',
  'purpose:recruitment',
  'purpose:credit-check-sharing',
  'period:0',
  'period:0',
  'period:0',
  'period:0',
];
/** As many events as `recordPersonalTexts` records. */
const RECORDED_EVENTS = SCOPES_BEFORE_ERASURE.length;
const ENDED_BY_THE_FIRST_ERASURE = [
  SUBJECT,
  `${SUBJECT}/purpose:collection`,
  `${SUBJECT}/purpose:recruitment`,
  `${SUBJECT}/purpose:credit-check-sharing`,
];
const FISCAL_KEY = `${SUBJECT}/purpose:fiscal-retention`;
const SECOND_PERIOD_KEY = `${SUBJECT}/period:1`;
const destroyed: RawDataKey = { wrapped_key: null, destroyed_at: expect.stringMatching(/^\d{4}-/) };

/**
 * Crypto-shredding, proven on the raw store rather than through the API alone: personal free text is only
 * ever stored sealed, each field under the data key of its scope; an erasure destroys the keys of the scopes
 * it ends, in the store, and afterwards nothing the ledger gives out (events, export, history, logs) can show
 * that text again, while the evidence of a purpose it keeps stays readable until a narrowing erasure ends
 * the retention. The hash chain verifies throughout.
 */
describeOnEachRawStore('crypto-shredding with retained evidence (the built server as a process)', (kind) => {
  const temp = temporaryDirectories('shredding');
  let dataDir: string;
  let server: ServerProcess;
  let raw: RawStore;
  let remove: (() => Promise<void>) | undefined;
  const texts = personalTexts();
  const kept = personalTexts();
  let fiscalBasisId: string;
  /** The wrapped keys as the store held them while they were in force, by key id. */
  const wrappedKeys = new Map<string, Buffer>();

  const eventsOf = async (subjectId: string) =>
    (await server.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events as {
      eventId: string;
      type: string;
      data: Record<string, unknown>;
    }[];
  const shownTexts = async (subjectId: string) => (await eventsOf(subjectId)).map(personalText);
  /** None of `plaintexts`, and none of the keys under `keyIds` as they were, is anywhere in the store. */
  async function expectGoneFromTheStore(plaintexts: string[], keyIds: string[]): Promise<void> {
    for (const text of plaintexts) expect(await raw.holds(text)).toBe(false);
    for (const keyId of keyIds) expect(await raw.holds(wrappedKeys.get(keyId)!)).toBe(false);
  }
  async function expectVerified(events: number): Promise<void> {
    const one = (await server.get(`/v1/subjects/${SUBJECT}/verification`, 'auditor')).body;
    expect(one).toMatchObject({ valid: true, eventCount: events });
    // The bystander's events, and the catalogue's adoption in a stream of its own.
    const everyEvent = events + RECORDED_EVENTS + 1;
    // PostgreSQL's log is read below the oldest transaction open in the cluster: another test's may hold it back.
    let whole = (await server.get('/v1/verification', 'auditor')).body;
    for (let i = 0; i < 100 && whole.events < everyEvent; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      whole = (await server.get('/v1/verification', 'auditor')).body;
    }
    expect(whole).toMatchObject({ valid: true, streams: 3, events: everyEvent, breaks: [] });
  }
  const erase = async (body: unknown) => {
    const erased = await server.post(`/v1/subjects/${SUBJECT}/erasure`, body);
    expect(erased.status).toBe(201);
  };

  beforeAll(async () => {
    dataDir = await temp.make();
    const store = await kind.create(dataDir);
    ({ raw, remove } = store);
    server = await ServerProcess.start(store.env);
    ({ fiscalBasisId } = await recordPersonalTexts(server.post, SUBJECT, texts));
    await recordPersonalTexts(server.post, BYSTANDER, kept);
  }, 60_000);
  afterAll(async () => {
    await server?.kill();
    await remove?.();
    await temp.removeAll();
  });

  it("before erasure: stores every personal field sealed under its scope's key, and no plaintext anywhere", async () => {
    const stored = (await raw.events(SUBJECT)).map(personalText) as string[];
    expect(stored).toHaveLength(RECORDED_EVENTS);
    stored.forEach((value, i) =>
      expect(value).toMatch(new RegExp(`^enc:v2:${SCOPES_BEFORE_ERASURE[i]}:[A-Za-z0-9+/]+=*$`)),
    );
    await expectGoneFromTheStore([...Object.values(texts), ...Object.values(kept)], []);
    for (const keyId of [...ENDED_BY_THE_FIRST_ERASURE, FISCAL_KEY]) {
      const key = await raw.dataKey(keyId);
      expect(key).toEqual({ wrapped_key: expect.any(Buffer), destroyed_at: null });
      expect(key!.wrapped_key!.length).toBe(12 + 16 + 32);
      wrappedKeys.set(keyId, key!.wrapped_key!);
    }
  });

  it('before erasure: gives every personal field back to auditors', async () => {
    expect(await shownTexts(SUBJECT)).toEqual([
      texts.fiscalEvidence,
      texts.collectionEvidence,
      texts.consentReceipt,
      texts.withdrawalNote,
      texts.balancingTest,
      texts.grounds,
      texts.motivation,
      texts.restrictionNote,
      texts.liftingReason,
    ]);
  });

  describe('after an erasure that keeps fiscal retention', () => {
    beforeAll(() => erase({ retain: ['fiscal-retention'], note: texts.erasureNote }));

    it('has destroyed the keys of the period and the purposes it ended, and kept the fiscal key', async () => {
      for (const keyId of ENDED_BY_THE_FIRST_ERASURE) expect(await raw.dataKey(keyId)).toEqual(destroyed);
      expect(await raw.dataKey(FISCAL_KEY)).toEqual({
        wrapped_key: wrappedKeys.get(FISCAL_KEY),
        destroyed_at: null,
      });
      expect(await raw.dataKey(BYSTANDER)).toEqual({ wrapped_key: expect.any(Buffer), destroyed_at: null });
    });

    it('holds no plaintext in the store, and no copy of a key it destroyed', async () => {
      const { fiscalEvidence, ...shredded } = texts;
      await expectGoneFromTheStore([fiscalEvidence, ...Object.values(shredded)], ENDED_BY_THE_FIRST_ERASURE);
      expect(await raw.holds(wrappedKeys.get(FISCAL_KEY)!)).toBe(true);
    });

    it('shows the fiscal evidence in clear and every other personal field null, in events and the export', async () => {
      expect(await shownTexts(SUBJECT)).toEqual([
        texts.fiscalEvidence,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
      ]);
      const exported = (await server.get(`/v1/subjects/${SUBJECT}/export`, 'dpo')).body;
      expect(exported.events).toEqual(await eventsOf(SUBJECT));
      expect(await shownTexts(BYSTANDER)).toContain(kept.collectionEvidence);
    });

    it('still relies on the fiscal basis in the history of fiscal retention, which holds no free text', async () => {
      const [fiscal] = await eventsOf(SUBJECT);
      const history = (
        await server.get(`/v1/subjects/${SUBJECT}/history?purpose=fiscal-retention`, 'auditor')
      ).body;
      expect(history.changes.at(-1)).toMatchObject({
        permitted: true,
        basis: { basisId: fiscalBasisId, eventId: fiscal.eventId },
      });
      const text = JSON.stringify(history);
      for (const plaintext of Object.values(texts)) expect(text).not.toContain(plaintext);
      expect(text).not.toContain('enc:');
    });

    it('still verifies: the chain hashes the sealed form, which did not change', () => expectVerified(10));

    describe('what the erased subject still takes (arts. 17(3), 18)', () => {
      beforeAll(async () => {
        const withdrawal = await server.post(`/v1/subjects/${SUBJECT}/bases/${fiscalBasisId}/withdrawal`, {
          reason: 'no-longer-necessary',
          note: texts.fiscalWithdrawalNote,
        });
        const restriction = await server.post(`/v1/subjects/${SUBJECT}/restrictions`, {
          ground: 'accuracy-contested',
          purposes: ['fiscal-retention'],
          note: texts.keptRestrictionNote,
        });
        expect([withdrawal.status, restriction.status]).toEqual([201, 201]);
      });

      it("is sealed under live keys, the kept purpose's and the new period's, and reads back", async () => {
        const [withdrawal, restriction] = (await raw.events(SUBJECT)).slice(-2).map(personalText);
        expect(withdrawal).toMatch(/^enc:v2:purpose:fiscal-retention:/);
        expect(restriction).toMatch(/^enc:v2:period:1:/);
        expect(await raw.dataKey(SECOND_PERIOD_KEY)).toEqual({
          wrapped_key: expect.any(Buffer),
          destroyed_at: null,
        });
        wrappedKeys.set(SECOND_PERIOD_KEY, (await raw.dataKey(SECOND_PERIOD_KEY))!.wrapped_key!);
        expect((await shownTexts(SUBJECT)).slice(-2)).toEqual([
          texts.fiscalWithdrawalNote,
          texts.keptRestrictionNote,
        ]);
      });
    });

    describe('after a narrowing erasure that keeps nothing', () => {
      beforeAll(() => erase({ retain: [], note: texts.narrowingNote }));

      it('has destroyed the fiscal key and the second period’s', async () => {
        for (const keyId of [FISCAL_KEY, SECOND_PERIOD_KEY])
          expect(await raw.dataKey(keyId)).toEqual(destroyed);
      });

      it('holds no plaintext in the store, and no copy of any key of the subject', async () => {
        await expectGoneFromTheStore(Object.values(texts), [
          ...ENDED_BY_THE_FIRST_ERASURE,
          FISCAL_KEY,
          SECOND_PERIOD_KEY,
        ]);
      });

      it('shows every personal field null, in events and the export, and still verifies', async () => {
        expect(await shownTexts(SUBJECT)).toEqual(Array(13).fill(null));
        const exported = (await server.get(`/v1/subjects/${SUBJECT}/export`, 'dpo')).body;
        expect(exported.events).toEqual(await eventsOf(SUBJECT));
        await expectVerified(13);
      });
    });
  });

  it('never wrote any of the personal text to its logs', async () => {
    // Stopped first: log lines leave in batches, and a stopping server writes what is waiting.
    await server.kill();
    expect(server.log.length).toBeGreaterThan(0);
    for (const text of [...Object.values(texts), ...Object.values(kept)])
      expect(server.log).not.toContain(text);
  });
});
