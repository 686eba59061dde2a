import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import defaultCatalogue from '@ledger/domain/catalogue/default-catalogue.json';
import { basis, erasure, objection, objectionWithdrawn, t } from '@ledger/domain/testing/events';
import { subjectFacts } from '../subject-facts';
import { erasurePlan, suppressionRefsOf } from './erasure-plan';

const purposes = defaultCatalogue.purposes as PurposeDefinition[];
const NOW = t('2026-06-01');
const planOf = (...events: Parameters<typeof subjectFacts>[0]) =>
  erasurePlan(subjectFacts(events), purposes, NOW);

describe('erasurePlan', () => {
  const bases = [
    basis('b1', 'collection', 'contract'),
    basis('b2', 'fiscal-retention', 'legal-obligation'),
    basis('b3', 'legal-claims', 'contract'),
  ];

  it('erasurePlan_First_OffersToKeepOnlyThePurposesWithAnExemption_Art17_3', () => {
    expect(planOf(...bases)).toEqual({
      kind: 'first',
      candidates: [
        { purpose: 'collection', exemption: undefined },
        { purpose: 'fiscal-retention', exemption: 'legal-obligation' },
        { purpose: 'legal-claims', exemption: 'legal-claims' },
      ],
      suppressionFor: [],
    });
  });

  it('erasurePlan_WhileAnObjectionToAnAbsolutePurposeIsInForce_AsksForSuppressionRefs_Art21_3', () => {
    const plan = planOf(...bases, objection('o1', ['prospect-contact', 'collection']));
    expect(plan?.kind === 'first' && plan.suppressionFor).toEqual(['prospect-contact']);
    const withdrawnPlan = planOf(...bases, objection('o1', ['statistics']), objectionWithdrawn('o1'));
    expect(withdrawnPlan?.kind === 'first' && withdrawnPlan.suppressionFor).toEqual([]);
  });

  it('erasurePlan_OfAnErasedSubject_OnlyNarrowsWhatTheLastErasureKept_Art5_1_e', () => {
    expect(planOf(...bases, erasure({ retain: ['fiscal-retention', 'legal-claims'] }))).toEqual({
      kind: 'narrow',
      candidates: [
        { purpose: 'fiscal-retention', exemption: 'legal-obligation' },
        { purpose: 'legal-claims', exemption: 'legal-claims' },
      ],
    });
    expect(planOf(...bases, erasure({ retain: [] }))).toBeNull();
  });
});

describe('suppressionRefsOf', () => {
  it('suppressionRefsOf_OnePerLine_BlankLinesDropped_EachOnce', () => {
    expect(suppressionRefsOf(' hmac:ab12 \n\nhmac:cd34\r\nhmac:ab12\n')).toEqual(['hmac:ab12', 'hmac:cd34']);
    expect(suppressionRefsOf('  \n')).toEqual([]);
  });
});
