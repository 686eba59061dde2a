import { record } from '../testing/history';
import { t } from '../testing/events';
import { purposeOf } from '../testing/specification';
import { decide } from './decide';

/** Commands through to decisions: what the ledger records is what the decision reads. */
describe('decide: scenarios', () => {
  it('decide_WhenFiscalRetentionBasisGivenNoEnd_LastsExactlySevenYears', () => {
    const history = record([
      {
        now: t('2026-11-24T10:00'),
        command: {
          type: 'EstablishBasis',
          basisId: 'b1',
          purpose: 'fiscal-retention',
          legalBasis: 'legal-obligation',
        },
      },
    ]);
    const fiscal = purposeOf('fiscal-retention');
    expect(decide(history, fiscal, '2033-11-24T09:59:59.999Z')).toMatchObject({
      permitted: true,
      basis: { basisId: 'b1', validUntil: '2033-11-24T10:00:00.000Z' },
    });
    expect(decide(history, fiscal, '2033-11-24T10:00:00.000Z').reasons).toEqual([
      { code: 'BASIS_EXPIRED', eventId: 'e0', message: 'basis expired 2033-11-24' },
    ]);
  });

  it('decide_WhenDebtorObjectsByLetterAndDpoOverrides_FollowsEachStep', () => {
    const history = record([
      {
        now: t('2026-11-01T10:00'),
        command: {
          type: 'EstablishBasis',
          basisId: 'b1',
          purpose: 'credit-check-sharing',
          legalBasis: 'legitimate-interests',
          evidence: 'balancing test 2026-04',
        },
      },
      {
        now: t('2026-11-24T10:00'),
        command: {
          type: 'FileObjection',
          objectionId: 'o1',
          purposes: ['credit-check-sharing'],
          occurredAt: t('2026-11-20'),
        },
      },
      {
        now: t('2026-12-01T10:00'),
        command: {
          type: 'ResolveObjection',
          objectionId: 'o1',
          outcome: 'overridden',
          motivation: 'fraud investigation',
        },
      },
    ]);
    const sharing = purposeOf('credit-check-sharing');
    const codes = (at: string, asOf?: string) =>
      decide(history, sharing, at, { asOf }).reasons.map((r) => r.code);
    expect(codes(t('2026-11-19'))).toEqual(['BASIS_ACTIVE']);
    expect(codes(t('2026-11-21'))).toEqual(['OBJECTION_PENDING']);
    expect(codes(t('2026-11-21'), t('2026-11-23'))).toEqual(['BASIS_ACTIVE']);
    expect(codes(t('2026-12-02'))).toEqual(['BASIS_ACTIVE', 'OBJECTION_OVERRIDDEN']);
  });
});
