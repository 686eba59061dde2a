import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import defaultPurposes from '@ledger/domain/catalogue/default-catalogue.json';
import { erasure, lifted, objection, overridden, restriction, upheld } from '@ledger/domain/testing/events';
import { restrictionEffect, subjectFacts } from './subject-facts';

describe('subjectFacts', () => {
  it('subjectFacts_ListsObjectionsNotYetDecided_AndRestrictionsNotYetLifted', () => {
    const facts = subjectFacts([
      objection('o1', ['collection']),
      objection('o2', ['credit-check-sharing']),
      objection('o3', ['statistics']),
      upheld('o1'),
      overridden('o3'),
      restriction('r1', { purposes: ['collection'] }),
      restriction('r2', { dataCategories: ['payments'] }),
      lifted('r1'),
    ]);
    expect(facts.openObjections.map((o) => o.objectionId)).toEqual(['o2']);
    expect(facts.restrictions.map((r) => r.restrictionId)).toEqual(['r2']);
    expect(facts.erasure).toBeUndefined();
  });

  it('subjectFacts_AfterAnErasure_LeavesNoObjectionOpen', () => {
    const facts = subjectFacts([objection('o1', ['collection']), erasure({ retain: ['legal-claims'] })]);
    expect(facts.openObjections).toEqual([]);
    expect(facts.erasure?.data.retain).toEqual(['legal-claims']);
  });
});

describe('restrictionEffect', () => {
  const purposes = defaultPurposes.purposes as PurposeDefinition[];

  it('restrictionEffect_OfEverything_StopsAllButThePurposesAllowedUnderRestriction', () => {
    const effect = restrictionEffect({}, purposes);
    expect(effect.continues).toEqual(['rights-verification', 'fiscal-retention', 'legal-claims']);
    expect(effect.stops).toHaveLength(purposes.length - 3);
  });

  it('restrictionEffect_ByDataCategory_CoversEveryPurposeUsingIt', () => {
    expect(restrictionEffect({ dataCategories: ['call-recordings'] }, purposes)).toEqual({
      stops: ['call-recording'],
      continues: [],
    });
    expect(restrictionEffect({ purposes: ['legal-claims'] }, purposes)).toEqual({
      stops: [],
      continues: ['legal-claims'],
    });
  });
});
