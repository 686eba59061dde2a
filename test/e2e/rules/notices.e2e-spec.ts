import { refusal } from '../../support/command-answers';
import { NOTICE } from '../../support/lawful-bodies';
import { LedgerHarness, RoleName } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/** `POST .../notices`: giving a person a version of the privacy statement is recorded (contract section 5; art. 13, 14). */
describeOnEachStore('notices given over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('informed');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  it('provideNotice_Art14_ANoticeOfTheCatalogue_IsRecordedByTheBackOffice', async () => {
    const person = subject();
    const answer = await person.command(
      'notices',
      { noticeVersion: NOTICE, channel: 'letter', occurredAt: '2026-02-01T09:00:00.000Z' },
      'operator',
    );
    expect(answer).toMatchObject({ type: 'NoticeProvided', revision: 0 });
    expect(await person.events()).toMatchObject([
      {
        type: 'NoticeProvided',
        occurredAt: '2026-02-01T09:00:00.000Z',
        actor: { role: 'operator' },
        data: { noticeVersion: NOTICE, channel: 'letter' },
      },
    ]);
  });

  it('provideNotice_Art14_AnUnknownNotice_Answers400_AndOneNotYetPublished_Answers422', async () => {
    const person = subject();
    const give = (body: object, role: RoleName = 'operator') =>
      ledger.post(`${person.path}/notices`, body, role);
    expect(refusal(await give({ noticeVersion: 'webcasso-1999-1', channel: 'letter' }))).toEqual({
      status: 400,
      code: 'UNKNOWN_NOTICE',
    });
    expect(refusal(await give({ noticeVersion: NOTICE, channel: 'pigeon' }))).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    // The notice was published on 1 January 2026: it cannot have been given before.
    const beforePublication = {
      noticeVersion: NOTICE,
      channel: 'email',
      occurredAt: '2025-12-31T09:00:00.000Z',
    };
    expect(refusal(await give(beforePublication))).toEqual({ status: 422, code: 'NOTICE_NOT_APPLICABLE' });
    const asSystem = await give({ noticeVersion: NOTICE, channel: 'web' }, 'system');
    expect(refusal(asSystem)).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await person.events()).toEqual([]);
  });
});
