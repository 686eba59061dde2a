import { foldSubject } from '../state/evolve';
import { basis, erasure, objection } from '../testing/events';
import { scopesEndedBy, sealingScope } from './sealing-scopes';

/**
 * Contract section 3: after an erasure that keeps a purpose, the free text about it (its bases' evidence, their
 * withdrawals' notes) stays readable; everything else becomes unreadable. The key each text is sealed under
 * decides which.
 */
describe('sealing scopes (art. 17(3), art. 5(2))', () => {
  const state = foldSubject([
    basis('b1', 'fiscal-retention', 'legal-obligation'),
    basis('b2', 'collection', 'contract'),
    basis('b3', 'legal-claims', 'contract'),
    objection('o1', ['collection']),
  ]);

  it('sealingScope_ABasisAndItsWithdrawal_AreSealedPerPurpose', () => {
    expect(
      sealingScope(
        {
          type: 'BasisEstablished',
          data: { basisId: 'b', purpose: 'fiscal-retention', legalBasis: 'legal-obligation', validFrom: 'x' },
        },
        state,
      ),
    ).toEqual({ purpose: 'fiscal-retention' });
    expect(
      sealingScope(
        { type: 'BasisWithdrawn', data: { basisId: 'b2', purpose: 'collection', reason: 'other' } },
        state,
      ),
    ).toEqual({ purpose: 'collection' });
  });

  it('sealingScope_AnythingElse_IsSealedForThePeriodUntilTheNextErasure', () => {
    const grounds = {
      type: 'ObjectionFiled' as const,
      data: { objectionId: 'o2', purposes: ['collection'] },
    };
    expect(sealingScope(grounds, state)).toEqual({ period: 0 });
    const erased = foldSubject([
      basis('b1', 'fiscal-retention', 'legal-obligation'),
      erasure({ retain: ['fiscal-retention'] }),
    ]);
    expect(sealingScope(grounds, erased)).toEqual({ period: 1 });
  });

  it('scopesEndedBy_Art17_3_AnErasureEndsThePeriodAndThePurposesItDoesNotKeep', () => {
    expect(scopesEndedBy({ retain: ['fiscal-retention'] }, state)).toEqual([
      { period: 0 },
      { purpose: 'collection' },
      { purpose: 'legal-claims' },
    ]);
  });

  it('scopesEndedBy_Art5_1_e_ANarrowingErasureEndsTheRetentionLeftOut', () => {
    const erased = foldSubject([
      basis('b1', 'fiscal-retention', 'legal-obligation'),
      basis('b3', 'legal-claims', 'contract'),
      erasure({ retain: ['fiscal-retention', 'legal-claims'] }),
    ]);
    expect(scopesEndedBy({ retain: ['fiscal-retention'] }, erased)).toEqual([
      { period: 1 },
      { purpose: 'legal-claims' },
    ]);
  });
});
