import { CATALOGUE_STREAM } from '@ledger/domain';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { SubjectProjection } from './subject-projection';

const stored = (previous: { revision: number; hash: string } | null, position: string) => ({
  ...testEvent('debtor-1', previous, {
    type: 'RestrictionApplied',
    data: { restrictionId: `r-${position}`, ground: 'accuracy-contested', note: 'enc:v1:sealed' },
  }),
  position,
});

describe('SubjectProjection', () => {
  it('apply_KeepsEachSubjectsHistoryWithoutPersonalText_AndItsRevision', () => {
    const projection = new SubjectProjection();
    const first = stored(null, '1');
    expect(projection.apply(first)).toBe(true);
    expect(projection.apply(stored(first, '2'))).toBe(true);
    const view = projection.subject('debtor-1');
    expect(view.revision).toBe(1);
    expect(view.events.map((event) => event.data)).toEqual([
      { restrictionId: 'r-1', ground: 'accuracy-contested' },
      { restrictionId: 'r-2', ground: 'accuracy-contested' },
    ]);
    expect(projection.size).toBe(1);
    expect([...projection.streamIds()]).toEqual(['debtor-1']);
  });

  it('apply_AnEventDeliveredAgain_IsNotAppliedTwice', () => {
    const projection = new SubjectProjection();
    const first = stored(null, '1');
    projection.apply(first);
    expect(projection.apply(first)).toBe(false);
    expect(projection.subject('debtor-1').events).toHaveLength(1);
  });

  it('size_CountsTheSubjects_NotTheCatalogueStreamItAlsoApplies', () => {
    const projection = new SubjectProjection();
    projection.apply(stored(null, '1'));
    projection.apply({
      ...testEvent(CATALOGUE_STREAM, null, { type: 'CatalogueAdopted', data: { version: 'v1' } }),
      position: '2',
    });
    expect(projection.subject(CATALOGUE_STREAM).revision).toBe(0);
    expect(projection.size).toBe(1);
  });

  it('subject_NeverSeen_HasNoEvents', () => {
    expect(new SubjectProjection().subject('debtor-9')).toEqual({ revision: -1, events: [] });
  });
});
