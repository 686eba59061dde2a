import { erasure, objection, objectionWithdrawn, t } from '../testing/events';
import { catalogue } from '../testing/specification';
import { suppressionsOf } from './suppression';

/** Contract section 7, "Suppression": an opt-out from direct marketing outlives the erasure (art. 21(3)). */
describe('suppressionsOf (art. 21(3))', () => {
  const erasedWith = (suppressionRefs: string[]) => erasure({ at: t('2026-06-01'), suppressionRefs });

  it('suppressionsOf_Art21_3_RefsKeptWhileAMarketingObjectionWasInForce_AreSuppressed', () => {
    const history = [objection('o1', ['prospect-contact', 'collection']), erasedWith(['hmac:a', 'hmac:b'])];
    expect(suppressionsOf(history, catalogue)).toEqual([
      { ref: 'hmac:a', purposes: ['prospect-contact'] },
      { ref: 'hmac:b', purposes: ['prospect-contact'] },
    ]);
  });

  it('suppressionsOf_Art21_3_AnObjectionWithdrawnBeforeTheErasure_SuppressesNothing', () => {
    const history = [objection('o1', ['prospect-contact']), objectionWithdrawn('o1'), erasedWith(['hmac:a'])];
    expect(suppressionsOf(history, catalogue)).toEqual([]);
  });

  it('suppressionsOf_Art21_1_ABalancingObjection_SuppressesNothing', () => {
    expect(suppressionsOf([objection('o1', ['collection']), erasedWith(['hmac:a'])], catalogue)).toEqual([]);
  });
});
