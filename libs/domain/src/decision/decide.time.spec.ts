import { basis, erasure, objection, overridden, restriction, t, withdrawn } from '../testing/events';
import { given } from '../testing/specification';

/**
 * Time in the decision: `at` is when the question is asked in the world (events count once they occurred);
 * `asOf` is what the ledger knew (events count once recorded). Back-dated events show the difference.
 */
describe('decide: at and asOf (art. 5(2), the history as known then)', () => {
  const interests = basis('b1', 'credit-check-sharing', 'legitimate-interests');
  /** A letter of objection dated 20 November, entered in the ledger on the 24th. */
  const backDated = objection('o1', ['credit-check-sharing'], {
    at: t('2026-11-20'),
    recorded: t('2026-11-24'),
  });

  it('decide_WhenObjectionBackDated_CountsFromWhenItOccurred', () => {
    given(interests, backDated)
      .whenDeciding('credit-check-sharing', t('2026-11-22'))
      .thenDenied('OBJECTION_PENDING', 'ObjectionFiled:o1');
  });

  it('decide_WhenAsOfBeforeTheObjectionWasRecorded_AnswersWhatTheLedgerSaidThen', () => {
    given(interests, backDated)
      .whenDeciding('credit-check-sharing', t('2026-11-22'), { asOf: t('2026-11-23') })
      .thenPermitted('b1');
  });

  it('decide_WhenAsOfAfterTheObjectionWasRecorded_SeesIt', () => {
    given(interests, backDated)
      .whenDeciding('credit-check-sharing', t('2026-11-22'), { asOf: t('2026-11-24') })
      .thenDenied('OBJECTION_PENDING', 'ObjectionFiled:o1');
  });

  it('decide_WhenDecisionRecordedAfterAsOf_ObjectionStillPending', () => {
    const decision = overridden('o1', { at: t('2026-11-25'), recorded: t('2026-11-25') });
    given(interests, backDated, decision)
      .whenDeciding('credit-check-sharing', t('2026-11-26'), { asOf: t('2026-11-24T12:00') })
      .thenDenied('OBJECTION_PENDING', 'ObjectionFiled:o1');
  });

  it('decide_WhenBasisRecordedAfterAsOf_DeniesNoBasis', () => {
    given(basis('b1', 'collection', 'contract', { at: t('2026-11-01'), recorded: t('2026-11-10') }))
      .whenDeciding('collection', t('2026-11-05'), { asOf: t('2026-11-05') })
      .thenDenied('NO_BASIS');
  });

  it('decide_WhenBasisRecordedLateWithEarlierValidFrom_CountsFromValidFrom', () => {
    const late = basis('b1', 'collection', 'contract', { validFrom: t('2026-01-01'), at: t('2026-11-10') });
    given(late).whenDeciding('collection', t('2026-03-01')).thenPermitted('b1');
  });

  it('decide_WhenWithdrawalBackDatedBeforeAt_DeniesBasisWithdrawn', () => {
    const withdrawal = withdrawn('b1', 'collection', { at: t('2026-11-01'), recorded: t('2026-11-20') });
    given(basis('b1', 'collection', 'contract'), withdrawal)
      .whenDeciding('collection', t('2026-11-05'))
      .thenDenied('BASIS_WITHDRAWN', 'BasisWithdrawn:b1');
  });

  it('decide_WhenWithdrawalRecordedAfterAsOf_StillPermitted', () => {
    const withdrawal = withdrawn('b1', 'collection', { at: t('2026-11-01'), recorded: t('2026-11-20') });
    given(basis('b1', 'collection', 'contract'), withdrawal)
      .whenDeciding('collection', t('2026-11-05'), { asOf: t('2026-11-19') })
      .thenPermitted('b1');
  });

  it('decide_WhenRestrictionAndErasureRecordedAfterAsOf_IgnoresBoth', () => {
    given(
      basis('b1', 'collection', 'contract'),
      restriction('r1', { at: t('2026-11-02'), recorded: t('2026-11-21') }),
      erasure({ at: t('2026-11-03'), recorded: t('2026-11-22') }),
    )
      .whenDeciding('collection', t('2026-11-10'), { asOf: t('2026-11-20') })
      .thenPermitted('b1');
  });

  it('decide_EchoesAtInTheVerdict', () => {
    const verdict = given().whenDeciding('collection', t('2026-11-10'), { asOf: t('2026-11-20') }).verdict;
    expect(verdict.at).toBe(t('2026-11-10'));
  });
});
