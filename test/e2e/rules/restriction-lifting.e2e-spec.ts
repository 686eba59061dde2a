import { refusal } from '../../support/command-answers';
import { COLLECTION_CONTRACT } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

const T0 = '2026-02-01T09:00:00.000Z';
const APPLIED = '2026-03-01T09:00:00.000Z';
const LIFTED = '2026-04-01T09:00:00.000Z';

/**
 * A person who obtained a restriction is told before it is lifted (art. 18(3)): the lifting records when, at
 * or before the lifting itself (contract section 5).
 */
describeOnEachStore('lifting a restriction over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('restricted');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  async function restricted() {
    const person = subject();
    await person.establish({ ...COLLECTION_CONTRACT, occurredAt: T0 });
    const { restrictionId } = await person.command('restrictions', {
      ground: 'accuracy-contested',
      purposes: ['collection'],
      occurredAt: APPLIED,
    });
    return { person, lifting: `${person.path}/restrictions/${restrictionId}/lifting` };
  }

  it('liftRestriction_Art18_3_ThePersonToldBeforeOrAtTheLifting_IsRecorded_AndProcessingResumes', async () => {
    for (const subjectInformedAt of ['2026-03-28T14:00:00.000Z', LIFTED]) {
      const { person, lifting } = await restricted();
      const body = { reason: 'address confirmed', subjectInformedAt, occurredAt: LIFTED };
      expect((await ledger.post(lifting, body)).status).toBe(201);
      expect((await person.events())[2]).toMatchObject({
        type: 'RestrictionLifted',
        occurredAt: LIFTED,
        data: { reason: 'address confirmed', subjectInformedAt },
      });
      expect(await person.reason('collection', 'at=2026-03-15T00:00:00.000Z')).toBe('RESTRICTED');
      expect(await person.reason('collection', `at=${LIFTED}`)).toBe('BASIS_ACTIVE');
    }
  });

  it('liftRestriction_Art18_3_ThePersonToldOnlyAfterTheLifting_Answers422SubjectNotInformed', async () => {
    const { person, lifting } = await restricted();
    const body = {
      reason: 'address confirmed',
      subjectInformedAt: '2026-04-01T09:00:00.001Z',
      occurredAt: LIFTED,
    };
    expect((await ledger.post(lifting, body)).body).toMatchObject({
      status: 422,
      code: 'SUBJECT_NOT_INFORMED',
      fields: [{ field: 'subjectInformedAt' }],
    });
    expect(await person.events()).toHaveLength(2);
    expect(await person.reason('collection')).toBe('RESTRICTED');
  });

  it('liftRestriction_Art18_3_WithoutSubjectInformedAt_Answers422SubjectNotInformed', async () => {
    const { person, lifting } = await restricted();
    expect(refusal(await ledger.post(lifting, { reason: 'address confirmed' }))).toEqual({
      status: 422,
      code: 'SUBJECT_NOT_INFORMED',
    });
    expect(await person.events()).toHaveLength(2);
  });
});
