import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import defaultCatalogue from '@ledger/domain/catalogue/default-catalogue.json';
import type { LegalBasis } from '@ledger/domain/events';
import type { Decision } from '../api/wire';
import { objectionNote } from './objection-note';
import type { ObjectionFact } from './subject-facts';

const purposes = defaultCatalogue.purposes as PurposeDefinition[];
const permitted = (purpose: string, legalBasis: LegalBasis) =>
  ({ purpose, permitted: true, reasons: [], basis: { legalBasis } }) as unknown as Decision;
const objectionTo = (purpose: string, status: ObjectionFact['status'] = 'pending'): ObjectionFact => ({
  objectionId: 'o1',
  purposes: [purpose],
  occurredAt: '2026-11-01T00:00:00.000Z',
  status,
});
const kindOf = (decision: Decision, objection: ObjectionFact) =>
  objectionNote(decision, [objection], purposes)?.kind ?? null;

describe('objectionNote', () => {
  it('objectionNote_AContractBasisBesideAPendingObjection_IsNotObjectable_Art21_1', () => {
    expect(kindOf(permitted('collection', 'contract'), objectionTo('collection'))).toBe('basis');
    expect(kindOf(permitted('collection', 'contract'), objectionTo('collection', 'upheld'))).toBe('basis');
  });

  it('objectionNote_ByTheRuleOfThePurpose', () => {
    expect(kindOf(permitted('payouts', 'legitimate-interests'), objectionTo('payouts'))).toBe('none');
    expect(kindOf(permitted('prospect-contact', 'consent'), objectionTo('prospect-contact'))).toBe(
      'consent-after',
    );
    expect(kindOf(permitted('legal-claims', 'legitimate-interests'), objectionTo('legal-claims'))).toBe(
      'claims-pending',
    );
  });

  it('objectionNote_NoneWhenOverriddenRefusedOrAboutAnotherPurpose', () => {
    const collection = permitted('collection', 'legitimate-interests');
    expect(kindOf(collection, objectionTo('collection', 'overridden'))).toBeNull();
    expect(kindOf(collection, objectionTo('payouts'))).toBeNull();
    expect(kindOf({ ...collection, permitted: false, basis: null }, objectionTo('collection'))).toBeNull();
  });
});
