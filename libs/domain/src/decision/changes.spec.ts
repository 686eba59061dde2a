import fc from 'fast-check';
import { HistoryEvent } from '../events';
import { day, steps } from '../testing/arbitraries';
import { basis, erasure, objection, restriction, t, withdrawn } from '../testing/events';
import { record } from '../testing/history';
import { catalogue } from '../testing/specification';
import { decisionChanges, PurposeDecisionChange } from './changes';
import { decide } from './decide';

/** What an appended event changes, as the change stream reports it: the pure diff of two decisions. */
describe('decisionChanges', () => {
  const at = t('2026-11-24');
  const given = (...before: HistoryEvent[]) => ({
    whenAppending: (event: HistoryEvent) => decisionChanges(before, event, catalogue.purposes, at),
  });
  const summary = (changes: PurposeDecisionChange[]) =>
    changes.map(({ purpose, permitted, reasons }) => [purpose, permitted, reasons.map((r) => r.code)]);

  it('decisionChanges_WhenAFirstBasisIsEstablished_ListsOnlyItsPurposeWithTheNewDecision', () => {
    const changes = given().whenAppending(basis('b1', 'collection', 'contract'));
    expect(changes).toEqual([
      {
        purpose: 'collection',
        permitted: true,
        reasons: [expect.objectContaining({ code: 'BASIS_ACTIVE', eventId: 'BasisEstablished:b1' })],
        basis: expect.objectContaining({ basisId: 'b1', legalBasis: 'contract' }),
      },
    ]);
  });

  it('decisionChanges_WhenAnObjectionIsFiled_ListsThePurposesItBlocksOnly', () => {
    const changes = given(
      basis('b1', 'credit-check-sharing', 'legitimate-interests'),
      basis('b2', 'collection', 'contract'),
      basis('b3', 'payouts', 'contract'),
    ).whenAppending(
      objection('o1', ['credit-check-sharing', 'collection', 'payouts'], { at: t('2026-11-20') }),
    );
    // A contract basis is not blocked by a balancing objection, and payouts takes no objection at all.
    expect(summary(changes)).toEqual([['credit-check-sharing', false, ['OBJECTION_PENDING']]]);
  });

  it('decisionChanges_WhenAPreferredBasisIsAdded_ListsThePurposeThoughItStaysPermitted', () => {
    const interests = basis('b1', 'collection', 'legitimate-interests');
    expect(given(interests).whenAppending(basis('b2', 'collection', 'contract'))).toEqual([
      expect.objectContaining({
        purpose: 'collection',
        permitted: true,
        basis: expect.objectContaining({ basisId: 'b2' }),
      }),
    ]);
    expect(given(basis('b2', 'collection', 'contract')).whenAppending(interests)).toEqual([]);
  });

  it('decisionChanges_WhenARefusalChangesItsReason_ListsThePurpose', () => {
    const history = [
      basis('b1', 'credit-check-sharing', 'legitimate-interests'),
      objection('o1', ['credit-check-sharing'], { at: t('2026-11-20') }),
    ];
    const changes = given(...history).whenAppending(
      restriction('r1', { purposes: ['credit-check-sharing'], at: t('2026-11-21') }),
    );
    expect(summary(changes)).toEqual([['credit-check-sharing', false, ['RESTRICTED']]]);
  });

  it('decisionChanges_WhenABasisIsWithdrawn_ListsItsPurposeAsWithdrawn', () => {
    const changes = given(basis('b1', 'collection', 'contract')).whenAppending(
      withdrawn('b1', 'collection', { at: t('2026-11-23') }),
    );
    expect(summary(changes)).toEqual([['collection', false, ['BASIS_WITHDRAWN']]]);
  });

  it('decisionChanges_WhenTheSubjectIsErased_ListsEveryPurposeButThoseRetained', () => {
    const changes = given(basis('b1', 'fiscal-retention', 'legal-obligation')).whenAppending(
      erasure({ at: t('2026-11-23'), retain: ['fiscal-retention'] }),
    );
    const others = catalogue.purposes.map((p) => p.id).filter((id) => id !== 'fiscal-retention');
    expect(changes.map((change) => change.purpose)).toEqual(others);
    expect(changes.every((change) => change.reasons[0].code === 'ERASED')).toBe(true);
  });

  it('decisionChanges_WhenTheEventTakesEffectAfterAt_ListsNothing', () => {
    const later = objection('o1', ['credit-check-sharing'], { at: t('2026-11-25') });
    expect(given(basis('b1', 'credit-check-sharing', 'legitimate-interests')).whenAppending(later)).toEqual(
      [],
    );
  });

  it('decisionChanges_ForAnyHistory_ReplayingTheChangesGivesTheDecisionsOfTheWholeHistory', () => {
    const end = day(30);
    fc.assert(
      fc.property(steps.map(record), (history) => {
        // A consumer that keeps the decisions of the empty history and applies every change in order.
        const kept = new Map(catalogue.purposes.map((p) => [p.id, decide([], p, end)]));
        history.forEach((event, i) => {
          for (const change of decisionChanges(history.slice(0, i), event, catalogue.purposes, end)) {
            kept.set(change.purpose, { ...change, at: end });
          }
        });
        for (const purpose of catalogue.purposes) {
          expect(kept.get(purpose.id)).toEqual(decide(history, purpose, end));
        }
      }),
      { numRuns: 200 },
    );
  });
});
