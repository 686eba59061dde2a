import { basis, erasure, t } from '../testing/events';
import { given, NOW } from '../testing/specification';
import { LedgerCommand } from './command';

describe('EstablishBasis (art. 6(1), art. 5(1)(e))', () => {
  const command = (
    fields: Partial<Extract<LedgerCommand, { type: 'EstablishBasis' }>> = {},
  ): LedgerCommand => ({
    type: 'EstablishBasis',
    basisId: 'b1',
    purpose: 'collection',
    legalBasis: 'contract',
    evidence: 'claim 4711',
    ...fields,
  });

  it('establishBasis_WhenNoTimesGiven_ValidFromIsNowAndNoValidUntil', () => {
    given()
      .when(command())
      .then({
        type: 'BasisEstablished',
        data: {
          basisId: 'b1',
          purpose: 'collection',
          legalBasis: 'contract',
          evidence: 'claim 4711',
          validFrom: NOW,
        },
      });
  });

  it('establishBasis_WhenBackDated_ValidFromDefaultsToOccurredAt', () => {
    const occurredAt = t('2026-11-01');
    given()
      .when(command({ occurredAt, validUntil: t('2027-01-01') }))
      .then(
        {
          type: 'BasisEstablished',
          data: {
            basisId: 'b1',
            purpose: 'collection',
            legalBasis: 'contract',
            evidence: 'claim 4711',
            validFrom: occurredAt,
            validUntil: t('2027-01-01'),
          },
        },
        occurredAt,
      );
  });

  it('establishBasis_WhenTimesHaveAnOffset_StoresThemInUtc', () => {
    const { event } = given()
      .when(command({ validFrom: '2026-11-24T12:00:00+02:00' }))
      .thenAccepted();
    expect(event.data).toMatchObject({ validFrom: NOW });
  });

  it('establishBasis_WhenTimeIsNotADateTime_RefusesValidationFailed', () => {
    given()
      .when(command({ validUntil: '2027-01-01' }))
      .thenRefused('VALIDATION_FAILED', [{ field: 'validUntil' }]);
  });

  it('establishBasis_WhenFiscalRetentionWithoutValidUntil_LastsSevenYears', () => {
    given()
      .when(
        command({ purpose: 'fiscal-retention', legalBasis: 'legal-obligation', validFrom: t('2024-02-29') }),
      )
      .then({
        type: 'BasisEstablished',
        data: {
          basisId: 'b1',
          purpose: 'fiscal-retention',
          legalBasis: 'legal-obligation',
          evidence: 'claim 4711',
          validFrom: t('2024-02-29'),
          validUntil: t('2031-02-28'),
        },
      });
  });

  it('establishBasis_WhenFiscalRetentionLongerThanSevenYears_RefusesInvalidPeriod', () => {
    const fiscal = {
      purpose: 'fiscal-retention',
      legalBasis: 'legal-obligation' as const,
      validFrom: t('2026-01-01'),
    };
    given()
      .when(command({ ...fiscal, validUntil: t('2033-01-01') }))
      .thenAccepted();
    given()
      .when(command({ ...fiscal, validUntil: '2033-01-01T00:00:00.001Z' }))
      .thenRefused('INVALID_PERIOD', [{ field: 'validUntil' }]);
  });

  it.each([NOW, t('2026-11-23')])(
    'establishBasis_WhenValidUntilIsNotAfterValidFrom_RefusesInvalidPeriod',
    (until) => {
      given()
        .when(command({ validUntil: until }))
        .thenRefused('INVALID_PERIOD', [{ field: 'validUntil' }]);
    },
  );

  it('establishBasis_WhenPurposeUnknown_RefusesUnknownPurpose', () => {
    given()
      .when(command({ purpose: 'marketing' }))
      .thenRefused('UNKNOWN_PURPOSE', [{ field: 'purpose' }]);
  });

  it('establishBasis_WhenLegalBasisNotAllowedForPurpose_RefusesBasisNotAllowed', () => {
    given()
      .when(command({ legalBasis: 'consent', noticeVersion: 'webcasso-2026-1' }))
      .thenRefused('BASIS_NOT_ALLOWED', [{ field: 'legalBasis' }]);
  });

  it('establishBasis_WhenOccurredFiveMinutesAhead_Accepts', () => {
    const occurredAt = '2026-11-24T10:05:00.000Z';
    expect(given().when(command({ occurredAt })).thenAccepted().occurredAt).toBe(occurredAt);
  });

  it('establishBasis_WhenOccurredMoreThanFiveMinutesAhead_RefusesOccurredInFuture', () => {
    given()
      .when(command({ occurredAt: '2026-11-24T10:05:00.001Z' }))
      .thenRefused('OCCURRED_IN_FUTURE', [{ field: 'occurredAt' }]);
  });

  it('establishBasis_WhenValidFromInTheFuture_Accepts', () => {
    given()
      .when(command({ validFrom: t('2027-01-01') }))
      .thenAccepted();
  });

  it('establishBasis_WhenSubjectErased_RefusesSubjectErased', () => {
    given(erasure()).when(command()).thenRefused('SUBJECT_ERASED');
  });

  it('establishBasis_WhenExpectedRevisionDiffers_RefusesWrongExpectedRevision', () => {
    given(basis('b0', 'payouts', 'contract'))
      .when(command(), { expectedRevision: -1 })
      .thenRefused('WRONG_EXPECTED_REVISION');
  });

  it('establishBasis_WhenExpectedRevisionMatches_Accepts', () => {
    given(basis('b0', 'payouts', 'contract'))
      .when(command(), { expectedRevision: 0 })
      .thenAccepted();
  });
});
