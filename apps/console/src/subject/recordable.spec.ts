import type { PurposeCatalogue } from '@ledger/domain/catalogue/purpose';
import defaultCatalogue from '@ledger/domain/catalogue/default-catalogue.json';
import { erasure, objection } from '@ledger/domain/testing/events';
import { recordable } from './recordable';

const catalogue = { version: 'test', ...defaultCatalogue } as PurposeCatalogue;

describe('recordable', () => {
  it('recordable_BeforeAnErasure_TakesEverything', () => {
    const takes = recordable([objection('o1', ['collection'])], catalogue);
    expect(takes.objection(['collection'])).toBe(true);
    expect(takes.restriction({})).toBe(true);
    expect(takes.restrictable?.purposes).toHaveLength(catalogue.purposes.length);
    expect(takes.notice).toBe(true);
  });

  it('recordable_AfterAnErasure_TakesOnlyWhatConcernsTheKeptPurposes_Art17_3', () => {
    const takes = recordable([erasure({ retain: ['legal-claims'] })], catalogue);
    expect(takes.objection(['legal-claims'])).toBe(true);
    expect(takes.objection(['legal-claims', 'collection'])).toBe(false);
    expect(takes.restriction({ purposes: ['legal-claims'] })).toBe(true);
    expect(takes.restriction({ dataCategories: ['naw'] })).toBe(true);
    expect(takes.restriction({ dataCategories: ['call-recordings'] })).toBe(false);
    expect(takes.notice).toBe(false);
    expect(takes.restrictable).toEqual({
      purposes: ['legal-claims'],
      dataCategories: catalogue.purposes.find((purpose) => purpose.id === 'legal-claims')?.dataCategories,
    });
  });

  it('recordable_AfterAnErasureThatKeptNothing_TakesNoObjectionOrRestriction', () => {
    const takes = recordable([erasure()], catalogue);
    expect(takes.objection(['collection'])).toBe(false);
    expect(takes.restriction({})).toBe(false);
    expect(takes.restrictable).toBeNull();
  });
});
