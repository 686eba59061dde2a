import { changedCatalogue, writeCatalogueFile } from '../../support/catalogue-files';
import { refusal } from '../../support/command-answers';
import { consent, NOTICE, NOTICE_PUBLISHED } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { temporaryDirectories } from '../../support/temporary-directories';
import { describeOnEachStore } from '../../support/test-stores';

/** A second notice, published mid-year, whose consent text covers direct marketing only. */
const PROSPECTS_NOTICE = {
  version: 'webcasso-2026-prospects',
  language: 'nl',
  publishedAt: '2026-06-01T00:00:00.000Z',
  purposes: ['prospect-contact'],
};

/**
 * A consent is recorded with its proof: the receipt and the notice the person saw, a notice the catalogue
 * lists, published by then and covering the purpose; and it never reaches back before it was given
 * (contract section 5; art. 7(1), 13; EDPB Guidelines 05/2020).
 */
describeOnEachStore('consent and its proof over HTTP', (store) => {
  let ledger: LedgerHarness;
  const temp = temporaryDirectories('notices');
  let catalogueDir: string;
  const nextSubject = subjectIds('consenter');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    catalogueDir = await temp.make();
    const catalogue = changedCatalogue('e2e-two-notices', (changed) =>
      changed.notices.push(PROSPECTS_NOTICE),
    );
    const purposesFile = await writeCatalogueFile(catalogueDir, 'purposes.json', catalogue);
    ledger = await LedgerHarness.startOn(store, { config: { purposesFile } });
  });
  afterAll(async () => {
    await ledger.stop();
    await temp.removeAll();
  });

  it('establishBasis_Art7_1_AConsentWithItsReceiptAndNotice_IsRecordedWithBoth', async () => {
    const person = subject();
    const body = consent('recruitment', {
      evidence: 'consent receipt R-17',
      occurredAt: '2026-03-01T09:00:00.000Z',
    });
    const { basisId } = await person.establish(body);
    const [event] = await person.events();
    expect(event.data).toMatchObject({ basisId, evidence: 'consent receipt R-17', noticeVersion: NOTICE });
    expect(await person.decision('recruitment', 'at=2026-03-02T00:00:00.000Z')).toMatchObject({
      permitted: true,
      basis: { basisId, legalBasis: 'consent' },
    });
  });

  it('establishBasis_Art7_1_AConsentWithoutItsReceiptOrItsNotice_Answers422ConsentProofRequired', async () => {
    const person = subject();
    const without = (...fields: string[]) =>
      Object.fromEntries(Object.entries(consent('recruitment')).filter(([field]) => !fields.includes(field)));
    for (const body of [
      without('evidence'),
      without('noticeVersion'),
      without('evidence', 'noticeVersion'),
    ]) {
      const answer = await ledger.post(`${person.path}/bases`, body);
      expect({ body, ...refusal(answer) }).toEqual({ body, status: 422, code: 'CONSENT_PROOF_REQUIRED' });
    }
    expect(await person.events()).toEqual([]);
  });

  it('establishBasis_Art7_1_ANoticeTheCatalogueDoesNotList_Answers400UnknownNotice', async () => {
    const person = subject();
    const answer = await ledger.post(
      `${person.path}/bases`,
      consent('recruitment', { noticeVersion: 'webcasso-1999-1' }),
    );
    expect(answer.body).toMatchObject({
      status: 400,
      code: 'UNKNOWN_NOTICE',
      fields: [{ field: 'noticeVersion' }],
    });
    expect(await person.events()).toEqual([]);
  });

  it('establishBasis_Art7_1_Art13_ANoticePublishedAfterTheConsentWasGiven_Answers422NoticeNotApplicable', async () => {
    const person = subject();
    const justBefore = consent('recruitment', { occurredAt: '2025-12-31T23:59:59.999Z' });
    expect(refusal(await ledger.post(`${person.path}/bases`, justBefore))).toEqual({
      status: 422,
      code: 'NOTICE_NOT_APPLICABLE',
    });
    await person.establish(consent('recruitment', { occurredAt: NOTICE_PUBLISHED }));
    const beforeTheProspectsNotice = consent('prospect-contact', {
      noticeVersion: PROSPECTS_NOTICE.version,
      occurredAt: '2026-05-31T12:00:00.000Z',
    });
    expect(refusal(await ledger.post(`${person.path}/bases`, beforeTheProspectsNotice))).toEqual({
      status: 422,
      code: 'NOTICE_NOT_APPLICABLE',
    });
    expect((await person.events()).map((event) => event.data.purpose)).toEqual(['recruitment']);
  });

  it('establishBasis_Art7_1_Art13_ANoticeWhoseConsentTextDoesNotCoverThePurpose_Answers422NoticeNotApplicable', async () => {
    const person = subject();
    const occurredAt = '2026-07-01T09:00:00.000Z';
    const elsewhere = consent('recruitment', { noticeVersion: PROSPECTS_NOTICE.version, occurredAt });
    const answer = await ledger.post(`${person.path}/bases`, elsewhere);
    expect(answer.body).toMatchObject({
      status: 422,
      code: 'NOTICE_NOT_APPLICABLE',
      fields: [{ field: 'noticeVersion' }],
    });
    await person.establish(
      consent('prospect-contact', { noticeVersion: PROSPECTS_NOTICE.version, occurredAt }),
    );
    expect((await person.events()).map((event) => event.data.purpose)).toEqual(['prospect-contact']);
  });

  it('establishBasis_EDPB_05_2020_AConsentIsNeverValidBeforeItWasGiven_Answers422ConsentNotRetroactive', async () => {
    const person = subject();
    const occurredAt = '2026-03-01T09:00:00.000Z';
    const reachingBack = consent('recruitment', { occurredAt, validFrom: '2026-02-01T09:00:00.000Z' });
    const answer = await ledger.post(`${person.path}/bases`, reachingBack);
    expect(answer.body).toMatchObject({
      status: 422,
      code: 'CONSENT_NOT_RETROACTIVE',
      fields: [{ field: 'validFrom' }],
    });
    await person.establish(consent('recruitment', { occurredAt, validFrom: occurredAt }));
    await person.establish(consent('call-recording', { occurredAt, validFrom: '2026-04-01T00:00:00.000Z' }));
    // Only consent is bound to the moment it was given: a contract may be recorded after it began.
    await person.establish({
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
      occurredAt,
      validFrom: '2026-01-15T00:00:00.000Z',
    });
    expect(await person.reason('call-recording', 'at=2026-03-15T00:00:00.000Z')).toBe('NO_BASIS');
    expect(await person.reason('collection', 'at=2026-02-01T00:00:00.000Z')).toBe('BASIS_ACTIVE');
  });
});
