import fc from 'fast-check';
import { steps } from '../testing/arbitraries';
import {
  basis,
  erasure,
  lifted,
  objection,
  objectionWithdrawn,
  overridden,
  restriction,
  upheld,
  t,
  T0,
  withdrawn,
} from '../testing/events';
import { record } from '../testing/history';
import { evolve, foldSubject } from './evolve';
import { initialSubjectState, isErased } from './subject-state';

describe('evolve', () => {
  it('initialSubjectState_IsEmptyAtRevisionMinusOne', () => {
    expect(foldSubject([])).toEqual(initialSubjectState());
    expect(initialSubjectState()).toMatchObject({ revision: -1, retained: null, erasures: 0 });
  });

  it('evolve_WhenBasisEstablishedThenWithdrawn_TracksIt', () => {
    const state = foldSubject([
      basis('b1', 'call-recording', 'consent', { at: t('2026-02-01') }),
      withdrawn('b1', 'call-recording', { at: t('2026-03-01') }),
    ]);
    // When it was established, which a withdrawal may not precede.
    expect(state.bases.get('b1')).toEqual({
      purpose: 'call-recording',
      legalBasis: 'consent',
      withdrawn: true,
      occurredAt: t('2026-02-01'),
    });
    expect(state.revision).toBe(1);
  });

  it.each([
    ['upheld', upheld('o1')],
    ['overridden', overridden('o1')],
  ])('evolve_WhenObjection%sMarksItDecided', (_outcome, decision) => {
    const state = foldSubject([objection('o1', ['collection']), decision]);
    expect(state.objections.get('o1')).toEqual({
      purposes: ['collection'],
      decided: true,
      withdrawn: false,
      occurredAt: T0,
    });
  });

  it('evolve_WhenObjectionWithdrawn_MarksItWithdrawn', () => {
    const state = foldSubject([objection('o1', ['prospect-contact']), objectionWithdrawn('o1')]);
    expect(state.objections.get('o1')).toEqual({
      purposes: ['prospect-contact'],
      decided: false,
      withdrawn: true,
      occurredAt: T0,
    });
  });

  it('evolve_WhenRestrictionLifted_TracksIt', () => {
    const state = foldSubject([restriction('r1'), lifted('r1')]);
    expect(state.restrictions.get('r1')).toEqual({ lifted: true, occurredAt: T0 });
  });

  it('evolve_WhenErasureCompleted_SubjectIsErased', () => {
    const state = foldSubject([
      basis('b1', 'collection', 'contract'),
      erasure({ retain: ['fiscal-retention'] }),
    ]);
    expect(state).toMatchObject({ retained: ['fiscal-retention'], erasures: 1 });
    expect(isErased(state)).toBe(true);
  });

  it('evolve_WhenFollowUpNamesAnUnknownId_OnlyTheRevisionMoves', () => {
    const before = foldSubject([basis('b1', 'collection', 'contract')]);
    const after = evolve(before, withdrawn('b9', 'collection'));
    expect(after).toEqual({ ...before, revision: 1 });
  });

  it('evolve_NeverChangesTheStateItIsGiven', () => {
    const before = foldSubject([basis('b1', 'collection', 'contract')]);
    evolve(before, withdrawn('b1', 'collection'));
    expect(before.bases.get('b1')?.withdrawn).toBe(false);
  });

  it('foldSubject_ForAnyHistory_RevisionIsEventCountMinusOne', () => {
    fc.assert(
      fc.property(steps.map(record), (history) => {
        const state = foldSubject(history);
        expect(state.revision).toBe(history.length - 1);
        const erasures = history.filter((e) => e.type === 'ErasureCompleted');
        expect(state.erasures).toBe(erasures.length);
        expect(isErased(state)).toBe(erasures.length > 0);
      }),
    );
  });
});
