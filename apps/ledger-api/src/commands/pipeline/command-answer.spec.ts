import { testEvent } from '@ledger/event-store/testing/test-events';
import { answerOf } from './command-answer';

const stored = (type: string, data: Record<string, unknown>) => ({
  ...testEvent('debtor-1', null, { type, data }),
  position: '42',
});

describe('answerOf', () => {
  it('answerOf_NamesTheEventWhereItStands', () => {
    const event = stored('BasisWithdrawn', { basisId: 'b-1', reason: 'other' });
    expect(answerOf(event)).toEqual({
      subjectId: 'debtor-1',
      eventId: event.eventId,
      type: 'BasisWithdrawn',
      revision: 0,
      position: '42',
    });
  });

  it.each([
    ['BasisEstablished', 'basisId'],
    ['ObjectionFiled', 'objectionId'],
    ['RestrictionApplied', 'restrictionId'],
  ])('answerOf_%s_AddsTheIdItCreated', (type, id) => {
    expect(answerOf(stored(type, { [id]: 'created-1' }))).toMatchObject({ type, [id]: 'created-1' });
  });
});
