import { refusal } from '../../support/command-answers';
import { consent } from '../../support/lawful-bodies';
import { LedgerHarness } from '../../support/ledger-harness';
import { SubjectOnLedger } from '../../support/subject-on-ledger';
import { subjectIds } from '../../support/subject-ids';
import { describeOnEachStore } from '../../support/test-stores';

/**
 * Storage limitation (art. 5(1)(e)): a purpose's `maxDuration` caps every basis for it. A basis without
 * `validUntil` ends when the duration runs out; one that would hold longer is refused (contract section 2).
 */
describeOnEachStore('maximum durations over HTTP', (store) => {
  let ledger: LedgerHarness;
  const nextSubject = subjectIds('limited');
  const subject = () => new SubjectOnLedger(ledger, nextSubject());

  beforeAll(async () => {
    ledger = await LedgerHarness.startOn(store);
  });
  afterAll(() => ledger.stop());

  const validUntilOf = async (person: SubjectOnLedger) =>
    (await person.events()).map((event) => event.data.validUntil);

  it('establishBasis_Art5_1_e_RightsVerificationWithoutValidUntil_EndsAfterOneMonth', async () => {
    const person = subject();
    const validFrom = '2026-11-01T09:00:00.000Z';
    await person.establish({ purpose: 'rights-verification', legalBasis: 'legal-obligation', validFrom });
    expect(await validUntilOf(person)).toEqual(['2026-12-01T09:00:00.000Z']);
    expect(await person.reason('rights-verification', 'at=2026-12-01T08:59:59.999Z')).toBe('BASIS_ACTIVE');
    expect(await person.reason('rights-verification', 'at=2026-12-01T09:00:00.000Z')).toBe('BASIS_EXPIRED');
  });

  it('establishBasis_Art5_1_e_RightsVerificationHeldLongerThanOneMonth_Answers422InvalidPeriod', async () => {
    const person = subject();
    const body = {
      purpose: 'rights-verification',
      legalBasis: 'legal-obligation',
      validFrom: '2026-11-01T09:00:00.000Z',
    };
    const tooLong = await ledger.post(`${person.path}/bases`, {
      ...body,
      validUntil: '2026-12-01T09:00:00.001Z',
    });
    expect(tooLong.body).toMatchObject({
      status: 422,
      code: 'INVALID_PERIOD',
      fields: [{ field: 'validUntil' }],
    });
    await person.establish({ ...body, validUntil: '2026-12-01T09:00:00.000Z' });
    expect(await validUntilOf(person)).toEqual(['2026-12-01T09:00:00.000Z']);
  });

  it('establishBasis_Art5_1_e_RecruitmentOnAnyBasis_LastsAtMostOneYear', async () => {
    const person = subject();
    const occurredAt = '2026-02-01T09:00:00.000Z';
    await person.establish(consent('recruitment', { occurredAt }));
    const application = {
      purpose: 'recruitment',
      legalBasis: 'contract',
      evidence: 'application A-88',
      occurredAt,
    };
    for (const body of [
      consent('recruitment', { occurredAt, validUntil: '2027-02-01T09:00:00.001Z' }),
      { ...application, validUntil: '2027-03-01T00:00:00.000Z' },
    ]) {
      expect({ body, ...refusal(await ledger.post(`${person.path}/bases`, body)) }).toEqual({
        body,
        status: 422,
        code: 'INVALID_PERIOD',
      });
    }
    await person.establish(application);
    expect(await validUntilOf(person)).toEqual(['2027-02-01T09:00:00.000Z', '2027-02-01T09:00:00.000Z']);
    expect(await person.reason('recruitment', 'at=2027-02-01T09:00:00.000Z')).toBe('BASIS_EXPIRED');
  });

  it('establishBasis_Art5_1_e_FiscalRetention_CountsSevenYearsFromTheEndOfTheFinancialYear', async () => {
    const person = subject();
    const yearEnd = '2026-12-31T23:59:59.999Z';
    await person.establish({
      purpose: 'fiscal-retention',
      legalBasis: 'legal-obligation',
      validFrom: yearEnd,
    });
    expect(await validUntilOf(person)).toEqual(['2033-12-31T23:59:59.999Z']);
  });
});
