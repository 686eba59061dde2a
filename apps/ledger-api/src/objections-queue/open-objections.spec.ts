import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { OpenObjections } from './open-objections';

const RECORDED = '2026-11-24T10:00:00.000Z';

/** A stored event of `type` on `subjectId`; hashes and revisions play no part in the queue. */
function stored(subjectId: string, type: string, data: object, occurredAt = RECORDED): StoredEvent {
  return {
    ...testEvent(subjectId, null, { type, data: { ...data }, occurredAt, recordedAt: RECORDED }),
    position: '1',
  };
}

const filed = (subjectId: string, objectionId: string, occurredAt: string, extra: object = {}) =>
  stored(subjectId, 'ObjectionFiled', { objectionId, purposes: ['collection'], ...extra }, occurredAt);

function given(...events: StoredEvent[]): OpenObjections {
  const queue = new OpenObjections();
  for (const event of events) queue.apply(event);
  return queue;
}

describe('OpenObjections (the objections queue)', () => {
  it('OpenObjections_WhenFiled_ListsItWithItsDeadlineOneMonthOnAndNoGrounds', () => {
    const queue = given(
      filed('debtor-1', 'o-1', '2027-01-31T09:00:00.000Z', { channel: 'letter', grounds: 'my situation' }),
    );
    expect(queue.pending()).toEqual([
      {
        subjectId: 'debtor-1',
        objectionId: 'o-1',
        purposes: ['collection'],
        occurredAt: '2027-01-31T09:00:00.000Z',
        recordedAt: RECORDED,
        deadline: '2027-02-28T09:00:00.000Z',
        channel: 'letter',
      },
    ]);
  });

  it('OpenObjections_AcrossSubjects_ListsOldestReceiptFirst', () => {
    const queue = given(
      filed('debtor-1', 'o-late', '2026-11-20T00:00:00.000Z'),
      filed('debtor-2', 'o-early', '2026-11-01T00:00:00.000Z'),
      filed('debtor-1', 'o-middle', '2026-11-10T00:00:00.000Z'),
    );
    expect(queue.pending().map((o) => o.objectionId)).toEqual(['o-early', 'o-middle', 'o-late']);
  });

  it.each(['ObjectionUpheld', 'ObjectionOverridden', 'ObjectionWithdrawn'])(
    'OpenObjections_When%s_DropsIt',
    (type) => {
      const queue = given(
        filed('debtor-1', 'o-1', RECORDED),
        filed('debtor-1', 'o-2', RECORDED),
        stored('debtor-1', type, { objectionId: 'o-1', motivation: 'weighed' }),
      );
      expect(queue.pending().map((o) => o.objectionId)).toEqual(['o-2']);
    },
  );

  it('OpenObjections_Art17_WhenTheSubjectIsErased_DropsItsObjectionsToErasedPurposes_ButNotOtherSubjects', () => {
    const queue = given(
      filed('debtor-1', 'o-1', RECORDED),
      filed('debtor-1', 'o-2', RECORDED),
      filed('debtor-2', 'o-3', RECORDED),
      stored('debtor-1', 'ErasureCompleted', { retain: ['legal-claims'] }),
    );
    expect(queue.pending().map((o) => o.objectionId)).toEqual(['o-3']);
  });

  it('OpenObjections_Art17_3_AnObjectionNamingOnlyKeptPurposes_StaysOpenAfterTheErasure', () => {
    const queue = given(
      filed('debtor-1', 'o-1', RECORDED, { purposes: ['legal-claims'] }),
      filed('debtor-1', 'o-2', RECORDED, { purposes: ['legal-claims', 'collection'] }),
      stored('debtor-1', 'ErasureCompleted', { retain: ['legal-claims'] }),
    );
    expect(queue.pending().map((o) => o.objectionId)).toEqual(['o-1']);
  });

  it('OpenObjections_OtherEvents_LeaveTheQueueAsItIs', () => {
    const queue = given(
      filed('debtor-1', 'o-1', RECORDED),
      stored('debtor-1', 'RestrictionApplied', { restrictionId: 'r-1', ground: 'objection-pending' }),
      stored('debtor-1', 'BasisEstablished', {
        basisId: 'b-1',
        purpose: 'collection',
        legalBasis: 'contract',
        validFrom: RECORDED,
      }),
    );
    expect(queue.pending().map((o) => o.objectionId)).toEqual(['o-1']);
  });

  it('OpenObjections_Page_StartsAfterThePlaceGiven_EvenWhenThatObjectionIsGoneMeanwhile', () => {
    const queue = given(
      filed('debtor-1', 'o-1', '2026-11-01T00:00:00.000Z'),
      filed('debtor-2', 'o-2', '2026-11-02T00:00:00.000Z'),
      filed('debtor-3', 'o-3', '2026-11-03T00:00:00.000Z'),
    );
    const first = queue.page(undefined, 2);
    expect(first.objections.map((o) => o.objectionId)).toEqual(['o-1', 'o-2']);
    expect(first.more).toBe(true);
    queue.apply(stored('debtor-2', 'ObjectionUpheld', { objectionId: 'o-2' }));
    const second = queue.page(first.objections[1], 2);
    expect(second).toEqual({ objections: [expect.objectContaining({ objectionId: 'o-3' })], more: false });
  });
});
