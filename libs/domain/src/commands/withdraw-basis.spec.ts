import { basis, erasure, t, withdrawn } from '../testing/events';
import { given, NOW } from '../testing/specification';
import { LedgerCommand } from './command';

describe('WithdrawBasis (art. 7(3))', () => {
  const consent = basis('b1', 'call-recording', 'consent');
  const command = (
    fields: Partial<Extract<LedgerCommand, { type: 'WithdrawBasis' }>> = {},
  ): LedgerCommand => ({
    type: 'WithdrawBasis',
    basisId: 'b1',
    reason: 'consent-withdrawn',
    ...fields,
  });

  it('withdrawBasis_WhenBasisStands_AppendsWithdrawalNamingItsPurpose', () => {
    given(consent)
      .when(command())
      .then({
        type: 'BasisWithdrawn',
        data: { basisId: 'b1', purpose: 'call-recording', reason: 'consent-withdrawn' },
      });
  });

  it('withdrawBasis_WhenNoteGiven_CarriesTheNote', () => {
    const occurredAt = t('2026-11-20');
    given(consent)
      .when(command({ note: 'by phone', occurredAt }))
      .then(
        {
          type: 'BasisWithdrawn',
          data: { basisId: 'b1', purpose: 'call-recording', reason: 'consent-withdrawn', note: 'by phone' },
        },
        occurredAt,
      );
  });

  it('withdrawBasis_WhenBasisNotOnSubject_RefusesNotFound', () => {
    given(consent)
      .when(command({ basisId: 'b2' }))
      .thenRefused('NOT_FOUND');
  });

  it('withdrawBasis_WhenAlreadyWithdrawn_RefusesAlreadyWithdrawn', () => {
    given(consent, withdrawn('b1', 'call-recording')).when(command()).thenRefused('ALREADY_WITHDRAWN');
  });

  it('withdrawBasis_WhenSubjectErased_RefusesSubjectErased', () => {
    given(consent, erasure()).when(command()).thenRefused('SUBJECT_ERASED');
  });

  it('withdrawBasis_WhenErasedAndUnknownBasis_NotFoundComesFirst', () => {
    given(consent, erasure())
      .when(command({ basisId: 'b2' }))
      .thenRefused('NOT_FOUND');
  });

  it('withdrawBasis_WhenOccurredInFuture_RefusesOccurredInFuture', () => {
    given(consent)
      .when(command({ occurredAt: t('2026-11-25') }))
      .thenRefused('OCCURRED_IN_FUTURE');
  });

  it('withdrawBasis_WhenAlreadyWithdrawnAndWrongRevision_AlreadyWithdrawnComesFirst', () => {
    given(consent, withdrawn('b1', 'call-recording'))
      .when(command(), { expectedRevision: 0 })
      .thenRefused('ALREADY_WITHDRAWN');
  });

  it('withdrawBasis_WhenWrongRevisionAndOccurredInFuture_WrongRevisionComesFirst', () => {
    given(consent)
      .when(command({ occurredAt: t('2026-12-01') }), { expectedRevision: 3, now: NOW })
      .thenRefused('WRONG_EXPECTED_REVISION');
  });
});
