import { refusal } from '../../support/command-answers';
import { consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/** Keyed hashes of the person's e-mail address and telephone number, as a calling system derives them. */
const REFS = ['3f8a1c0e9b2d47aa', '9c0e1b7d4f2a3e51'];

/**
 * A person who objected to direct marketing must not be approached again under a new subject id (art. 21(3)):
 * while an objection to an `absolute` purpose is in force, an erasure names its `suppressionRefs`, if need be
 * none, and they outlive it (contract sections 3 and 5).
 */
describeOnEachStore('suppression refs of an erasure over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('opted-out');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const erase = (person: SubjectOnLedger, body: object) => ledger.post(`${person.path}/erasure`, body);

  async function objectingTo(purpose: string) {
    const person = subject();
    await person.establish(consent(purpose === 'statistics' ? 'call-recording' : purpose));
    const objection = await person.object([purpose]);
    return { person, objection };
  }

  it('completeErasure_Art21_3_WhileADirectMarketingObjectionIsInForce_WithoutRefs_Answers422', async () => {
    const { person } = await objectingTo('prospect-contact');
    expect((await erase(person, { note: 'verzoek per e-mail' })).body).toMatchObject({
      status: 422,
      code: 'SUPPRESSION_REFS_REQUIRED',
      fields: [{ field: 'suppressionRefs' }],
    });
    expect(await person.events()).toHaveLength(2);
  });

  it('completeErasure_Art21_6_AnObjectionToStatistics_IsAbsoluteToo_AndNeedsRefs', async () => {
    const { person } = await objectingTo('statistics');
    expect(refusal(await erase(person, {}))).toEqual({ status: 422, code: 'SUPPRESSION_REFS_REQUIRED' });
  });

  it('completeErasure_Art21_3_TheRefsOutliveTheErasure_WhileItsNoteIsShredded', async () => {
    const { person } = await objectingTo('prospect-contact');
    expect((await erase(person, { suppressionRefs: REFS, note: 'verzoek per e-mail' })).status).toBe(201);
    expect((await person.events())[2].data).toEqual({ retain: [], note: null, suppressionRefs: REFS });
  });

  it('completeErasure_Art21_3_AnEmptyList_StatesThereIsNothingToSuppressBy', async () => {
    const { person } = await objectingTo('prospect-contact');
    expect((await erase(person, { suppressionRefs: [] })).status).toBe(201);
    expect(await person.reason('prospect-contact')).toBe('ERASED');
  });

  it('completeErasure_Art21_3_NoRefsAreAskedForOnceTheObjectionWasWithdrawn_NorForABalancingOne', async () => {
    const { person, objection } = await objectingTo('prospect-contact');
    await person.command(`objections/${objection.objectionId}/withdrawal`, { evidence: 'opt-in form F-2' });
    expect((await erase(person, {})).status).toBe(201);
    const balancing = subject();
    await balancing.object(['collection']);
    expect((await erase(balancing, {})).status).toBe(201);
  });

  it('completeErasure_ContractSection5_ARefNamedTwice_Answers400ValidationFailed', async () => {
    const { person } = await objectingTo('prospect-contact');
    expect(refusal(await erase(person, { suppressionRefs: [REFS[0], REFS[0]] }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    expect(await person.events()).toHaveLength(2);
  });
});
