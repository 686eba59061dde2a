import {
  basis,
  erasure,
  lifted,
  noticeProvided,
  objection,
  objectionWithdrawn,
  overridden,
  restriction,
  t,
  upheld,
  withdrawn,
} from '@ledger/domain/testing/events';
import { purposesWithActiveBasis, subjectFacts } from './subject-facts';

describe('subjectFacts', () => {
  it('subjectFacts_ListsObjectionsInForceWithTheirStatus_RestrictionsNotYetLifted_AndNoticesGiven', () => {
    const facts = subjectFacts([
      objection('o1', ['collection']),
      objection('o2', ['credit-check-sharing']),
      objection('o3', ['statistics']),
      objection('o4', ['prospect-contact']),
      upheld('o1'),
      overridden('o3'),
      objectionWithdrawn('o4'),
      restriction('r1', { purposes: ['collection'] }),
      restriction('r2', { dataCategories: ['payments'] }),
      lifted('r1'),
      noticeProvided('webcasso-2026-1', { at: t('2026-02-01') }),
    ]);
    expect(facts.objections.map((o) => [o.objectionId, o.status])).toEqual([
      ['o1', 'upheld'],
      ['o2', 'pending'],
      ['o3', 'overridden'],
    ]);
    expect(facts.restrictions.map((r) => r.restrictionId)).toEqual(['r2']);
    expect(facts.notices).toEqual([
      { noticeVersion: 'webcasso-2026-1', channel: 'letter', occurredAt: t('2026-02-01') },
    ]);
    expect(facts.erasure).toBeUndefined();
  });

  it('subjectFacts_AfterAnErasure_KeepsTheObjectionsInForce_AndTheLatestErasureCounts', () => {
    const facts = subjectFacts([
      objection('o1', ['legal-claims']),
      erasure({ retain: ['legal-claims', 'fiscal-retention'], id: 'first' }),
      erasure({ retain: ['fiscal-retention'], id: 'second' }),
    ]);
    expect(facts.objections.map((o) => o.objectionId)).toEqual(['o1']);
    expect(facts.erasure?.data.retain).toEqual(['fiscal-retention']);
  });
});

describe('purposesWithActiveBasis', () => {
  const bases = subjectFacts([
    basis('b1', 'collection', 'contract', { at: t('2026-01-01') }),
    basis('b2', 'fiscal-retention', 'legal-obligation', { at: t('2026-01-01'), validUntil: t('2026-06-01') }),
    basis('b3', 'debtor-contact', 'contract', { at: t('2026-01-01') }),
    withdrawn('b3', 'debtor-contact', { at: t('2026-03-01'), reason: 'contract-ended' }),
    basis('b4', 'legal-claims', 'contract', { at: t('2026-02-01'), validFrom: t('2026-05-01') }),
  ]).bases;

  it.each([
    [t('2026-02-01'), ['collection', 'fiscal-retention', 'debtor-contact']],
    [t('2026-03-01'), ['collection', 'fiscal-retention']],
    [t('2026-05-01'), ['collection', 'fiscal-retention', 'legal-claims']],
    [t('2026-06-01'), ['collection', 'legal-claims']],
  ])('purposesWithActiveBasis_At_%s_BegunNotEndedNotWithdrawn_Art6_1', (now, purposes) => {
    expect([...purposesWithActiveBasis(bases, now)]).toEqual(purposes);
  });
});
