import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import defaultCatalogue from '@ledger/domain/catalogue/default-catalogue.json';
import { claimsPurposes, mayOverride, purposesByRule } from './objection-rules';

const purposes = defaultCatalogue.purposes as PurposeDefinition[];

describe('objection rules', () => {
  it('mayOverride_NotWhenEveryPurposeIsAbsolute_Art21_3_And_21_6', () => {
    expect(mayOverride(['prospect-contact', 'statistics'], purposes)).toBe(false);
    expect(mayOverride(['prospect-contact', 'collection'], purposes)).toBe(true);
    expect(mayOverride(['legal-claims'], purposes)).toBe(true);
  });

  it('purposesByRule_GroupsWhatIsWeighedBeforeWhatCannotBeTouched', () => {
    expect(purposesByRule(['statistics', 'payouts', 'legal-claims', 'collection'], purposes)).toEqual([
      ['balancing', ['collection']],
      ['claims', ['legal-claims']],
      ['absolute', ['statistics']],
      ['none', ['payouts']],
    ]);
  });

  it('claimsPurposes_AreThoseWhoseOverrideNamesTheLegalClaim_Art21_1', () => {
    expect(claimsPurposes(['collection', 'legal-claims'], purposes)).toEqual(['legal-claims']);
  });
});
