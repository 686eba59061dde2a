import { refusal } from '../../support/command-answers';
import { COLLECTION_CONTRACT } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const CLAIM_FILE = { purpose: 'legal-claims', legalBasis: 'contract', evidence: 'claim file 2026-0042' };
const FISCAL = { purpose: 'fiscal-retention', legalBasis: 'legal-obligation' };

/**
 * An erasure keeps only what an exemption of art. 17(3) covers: in the default catalogue `fiscal-retention`
 * (b, a legal obligation) and `legal-claims` (e). The evidence of a kept purpose stays readable, for it shows
 * why the data are kept; a later erasure may narrow what is kept, never widen it (art. 5(1)(e)).
 */
describeOnEachStore('what an erasure may keep, over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('erased');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const erase = (person: SubjectOnLedger, body: object) => ledger.post(`${person.path}/erasure`, body);

  /** A debtor with bases for collection, the fiscal records and a claim. */
  async function debtor() {
    const person = subject();
    await person.establish(COLLECTION_CONTRACT);
    await person.establish(FISCAL);
    await person.establish(CLAIM_FILE);
    return person;
  }

  it('completeErasure_Art17_3_KeepingAPurposeWithoutAnExemption_Answers422RetentionNotAllowed', async () => {
    const person = await debtor();
    for (const retain of [
      ['collection'],
      ['fiscal-retention', 'statistics'],
      ['legal-claims', 'debtor-contact'],
    ]) {
      const answer = await erase(person, { retain });
      expect({ retain, ...refusal(answer) }).toEqual({ retain, status: 422, code: 'RETENTION_NOT_ALLOWED' });
    }
    expect(await person.events()).toHaveLength(3);
    expect(await person.reason('collection')).toBe('BASIS_ACTIVE');
  });

  it('completeErasure_Art17_3_b_e_KeepsFiscalRecordsAndLegalClaims_AndErasesTheRest', async () => {
    const person = await debtor();
    expect((await erase(person, { retain: ['fiscal-retention', 'legal-claims'] })).status).toBe(201);
    expect(await person.reason('fiscal-retention')).toBe('BASIS_ACTIVE');
    expect(await person.reason('legal-claims')).toBe('BASIS_ACTIVE');
    expect(await person.reason('collection')).toBe('ERASED');
  });

  it('completeErasure_Art17_3_Art5_2_TheEvidenceOfAKeptPurposeStaysReadable_TheRestIsShredded', async () => {
    const person = await debtor();
    await erase(person, { retain: ['legal-claims'], note: 'verzoek van Jan Jansen' });
    const events = await person.events();
    const personal = events.map((event) =>
      event.type === 'ErasureCompleted' ? event.data.note : event.data.evidence,
    );
    // Collection's evidence and the erasure's note are shredded; the fiscal basis never had evidence.
    expect(personal).toEqual([null, undefined, 'claim file 2026-0042', null]);
  });

  it('completeErasure_Art5_1_e_ALaterErasureNarrowsTheRetention_AndShredsWhatItNoLongerKeeps', async () => {
    const person = await debtor();
    await erase(person, { retain: ['fiscal-retention', 'legal-claims'] });
    expect((await erase(person, { retain: ['fiscal-retention'] })).status).toBe(201);
    expect(await person.reason('legal-claims')).toBe('ERASED');
    expect(await person.reason('fiscal-retention')).toBe('BASIS_ACTIVE');
    expect((await person.events())[2].data.evidence).toBeNull();
    expect((await erase(person, { retain: [] })).status).toBe(201);
    expect(await person.reason('fiscal-retention')).toBe('ERASED');
  });

  it('completeErasure_Art5_1_e_AnErasureThatKeepsAsMuchOrMore_Answers409SubjectErased', async () => {
    const person = await debtor();
    await erase(person, { retain: ['legal-claims'] });
    for (const retain of [['legal-claims'], ['legal-claims', 'fiscal-retention'], ['fiscal-retention']]) {
      const answer = await erase(person, { retain });
      expect({ retain, ...refusal(answer) }).toEqual({ retain, status: 409, code: 'SUBJECT_ERASED' });
    }
    expect(await person.events()).toHaveLength(4);
  });
});
