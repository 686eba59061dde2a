import {
  basis,
  erasure,
  lifted,
  objection,
  objectionWithdrawn,
  overridden,
  restriction,
  t,
  withdrawn,
} from '../testing/events';
import { given } from '../testing/specification';

/** The history of one purpose's decision: each change, when it happened, and what caused it. */
describe('decisionHistory', () => {
  const to = t('2027-12-31');

  describe('a debtor who objects, is overridden, restricted, lifted, and whose basis runs out', () => {
    const events = [
      basis('b1', 'credit-check-sharing', 'legitimate-interests', {
        at: t('2026-01-10'),
        validUntil: t('2027-01-10'),
      }),
      objection('o1', ['credit-check-sharing'], { at: t('2026-03-01') }),
      overridden('o1', { at: t('2026-03-15') }),
      restriction('r1', { at: t('2026-05-01'), dataCategories: ['payments'] }),
      lifted('r1', { at: t('2026-06-01') }),
    ];

    it('history_WhenWholeLifeTraced_ListsEveryChangeInTimeOrder', () => {
      given(...events)
        .whenTracing('credit-check-sharing', { to })
        .thenChanges([
          [t('2026-01-10'), 'BASIS_ACTIVE'],
          [t('2026-03-01'), 'OBJECTION_PENDING'],
          [t('2026-03-15'), 'BASIS_ACTIVE'],
          [t('2026-05-01'), 'RESTRICTED'],
          [t('2026-06-01'), 'BASIS_ACTIVE'],
          [t('2027-01-10'), 'BASIS_EXPIRED'],
        ]);
    });

    it('history_NamesTheEventOrValidityBehindEachChange', () => {
      const { changes } = given(...events).whenTracing('credit-check-sharing', { to });
      expect(changes.map((change) => change.causedBy)).toEqual([
        { eventId: 'BasisEstablished:b1', type: 'BasisEstablished' },
        { eventId: 'ObjectionFiled:o1', type: 'ObjectionFiled' },
        { eventId: 'ObjectionOverridden:o1', type: 'ObjectionOverridden' },
        { eventId: 'RestrictionApplied:r1', type: 'RestrictionApplied' },
        { eventId: 'RestrictionLifted:r1', type: 'RestrictionLifted' },
        { validity: 'basis-expired', basisId: 'b1', eventId: 'BasisEstablished:b1' },
      ]);
    });

    it('history_GivesEachChangeTheWholeDecision', () => {
      const { changes } = given(...events).whenTracing('credit-check-sharing', { to });
      expect(changes[2]).toMatchObject({
        permitted: true,
        basis: { basisId: 'b1', legalBasis: 'legitimate-interests' },
        reasons: [
          { code: 'BASIS_ACTIVE' },
          { code: 'OBJECTION_OVERRIDDEN', eventId: 'ObjectionOverridden:o1' },
        ],
      });
      expect(changes[3]).toMatchObject({ permitted: false, basis: null });
    });

    it('history_WhenWindowGiven_StartsWithTheDecisionInForceAndStopsAtTo', () => {
      given(...events)
        .whenTracing('credit-check-sharing', { from: t('2026-03-10'), to: t('2026-05-20') })
        .thenChanges([
          [t('2026-03-10'), 'OBJECTION_PENDING'],
          [t('2026-03-15'), 'BASIS_ACTIVE'],
          [t('2026-05-01'), 'RESTRICTED'],
        ]);
      const { changes } = given(...events).whenTracing('credit-check-sharing', {
        from: t('2026-03-10'),
        to: t('2026-05-20'),
      });
      expect(changes[0].causedBy).toBeNull();
    });

    it('history_WhenChangeAtFromExactly_IsTheStartingDecision', () => {
      given(...events)
        .whenTracing('credit-check-sharing', { from: t('2026-03-01'), to: t('2026-03-02') })
        .thenChanges([[t('2026-03-01'), 'OBJECTION_PENDING']]);
    });
  });

  it('history_IgnoresWhatDoesNotConcernThePurpose', () => {
    given(
      basis('b1', 'collection', 'contract', { at: t('2026-01-10') }),
      basis('b2', 'payouts', 'contract', { at: t('2026-02-01') }),
      objection('o1', ['statistics'], { at: t('2026-03-01') }),
      restriction('r1', { at: t('2026-04-01'), purposes: ['recruitment'] }),
    )
      .whenTracing('collection', { to })
      .thenChanges([[t('2026-01-10'), 'BASIS_ACTIVE']]);
  });

  it('history_WhenBasisBackDated_ChangesAtValidFromAndSaysTheBasisStarted', () => {
    const late = basis('b1', 'collection', 'contract', { validFrom: t('2026-01-01'), at: t('2026-02-15') });
    const changes = given(late)
      .whenTracing('collection', { to })
      .thenChanges([[t('2026-01-01'), 'BASIS_ACTIVE']]);
    expect(changes[0].causedBy).toEqual({
      validity: 'basis-started',
      basisId: 'b1',
      eventId: 'BasisEstablished:b1',
    });
  });

  it('history_WhenObjectionBackDated_CountsFromWhenItOccurred_UnlessAsOfIsBeforeItWasRecorded', () => {
    const events = [
      basis('b1', 'credit-check-sharing', 'legitimate-interests', { at: t('2026-01-10') }),
      objection('o1', ['credit-check-sharing'], { at: t('2026-03-01'), recorded: t('2026-03-20') }),
    ];
    given(...events)
      .whenTracing('credit-check-sharing', { to })
      .thenChanges([
        [t('2026-01-10'), 'BASIS_ACTIVE'],
        [t('2026-03-01'), 'OBJECTION_PENDING'],
      ]);
    given(...events)
      .whenTracing('credit-check-sharing', { to, asOf: t('2026-03-10') })
      .thenChanges([[t('2026-01-10'), 'BASIS_ACTIVE']]);
  });

  it('history_WhenWithdrawnAndErased_EndsWithErasure', () => {
    given(
      basis('b1', 'recruitment', 'consent', { at: t('2026-01-10') }),
      withdrawn('b1', 'recruitment', { at: t('2026-02-01') }),
      erasure({ at: t('2026-03-01') }),
    )
      .whenTracing('recruitment', { to })
      .thenChanges([
        [t('2026-01-10'), 'BASIS_ACTIVE'],
        [t('2026-02-01'), 'BASIS_WITHDRAWN'],
        [t('2026-03-01'), 'ERASED'],
      ]);
  });

  it('history_WhenTwoThingsHappenAtOnce_NamesTheOneTheDecisionRestsOn', () => {
    const { changes } = given(
      objection('o1', ['statistics'], { at: t('2026-01-10') }),
      basis('b1', 'collection', 'contract', { at: t('2026-01-10') }),
    ).whenTracing('collection', { to });
    expect(changes.map((change) => change.causedBy)).toEqual([
      { eventId: 'BasisEstablished:b1', type: 'BasisEstablished' },
    ]);
  });

  it('history_Art21_WhenTheObjectionIsWithdrawn_TheWithdrawalIsWhatChangedTheDecision', () => {
    const changes = given(
      basis('b1', 'credit-check-sharing', 'legitimate-interests', { at: t('2026-01-10') }),
      objection('o1', ['credit-check-sharing'], { at: t('2026-03-01') }),
      objectionWithdrawn('o1', { at: t('2026-03-20') }),
    )
      .whenTracing('credit-check-sharing', { to })
      .thenChanges([
        [t('2026-01-10'), 'BASIS_ACTIVE'],
        [t('2026-03-01'), 'OBJECTION_PENDING'],
        [t('2026-03-20'), 'BASIS_ACTIVE'],
      ]);
    expect(changes[2].causedBy).toEqual({ eventId: 'ObjectionWithdrawn:o1', type: 'ObjectionWithdrawn' });
  });

  it('history_EDPB_05_2020_WhenConsentIsWithdrawn_LegitimateInterestsEndsWithIt', () => {
    given(
      basis('li', 'call-recording', 'legitimate-interests', { at: t('2026-01-10') }),
      basis('c1', 'call-recording', 'consent', { at: t('2026-02-01') }),
      withdrawn('c1', 'call-recording', { at: t('2026-04-01') }),
    )
      .whenTracing('call-recording', { to })
      .thenChanges([
        [t('2026-01-10'), 'BASIS_ACTIVE'],
        [t('2026-02-01'), 'BASIS_ACTIVE'],
        [t('2026-04-01'), 'BASIS_WITHDRAWN'],
      ]);
  });

  it('history_WhenNothingHappened_IsEmpty_AndWithFromIsTheNoBasisDecision', () => {
    given().whenTracing('collection', { to }).thenChanges([]);
    given()
      .whenTracing('collection', { from: t('2026-01-01'), to })
      .thenChanges([[t('2026-01-01'), 'NO_BASIS']]);
  });
});
