import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import defaultPurposes from '@ledger/domain/catalogue/default-catalogue.json';
import { restrictionEffect } from './restriction-effect';

describe('restrictionEffect', () => {
  const purposes = defaultPurposes.purposes as PurposeDefinition[];

  it('restrictionEffect_OfEverything_StopsAllButThePurposesAllowedUnderRestriction_Art18_2', () => {
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
