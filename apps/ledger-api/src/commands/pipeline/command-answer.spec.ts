import { testEvent } from '@ledger/event-store/testing/test-events';
import { CatalogueIndex, defaultCatalogue } from '@ledger/domain';
import { answerOf } from './command-answer';

const catalogue = new CatalogueIndex(defaultCatalogue());

const stored = (type: string, data: Record<string, unknown>) => ({
  ...testEvent('debtor-1', null, { type, data }),
  position: '42',
});

describe('answerOf', () => {
  it('answerOf_NamesTheEventWhereItStands', () => {
    const event = stored('BasisWithdrawn', { basisId: 'b-1', reason: 'other' });
    expect(answerOf(event, catalogue)).toEqual({
      subjectId: 'debtor-1',
      eventId: event.eventId,
      type: 'BasisWithdrawn',
      revision: 0,
      position: '42',
    });
  });

  it.each([
    ['BasisEstablished', 'basisId'],
    ['RestrictionApplied', 'restrictionId'],
    ['RequestReceived', 'requestId'],
    ['RectificationRecorded', 'rectificationId'],
    ['DataDisclosed', 'disclosureId'],
  ])('answerOf_%s_AddsTheIdItCreated', (type, id) => {
    expect(answerOf(stored(type, { [id]: 'created-1' }), catalogue)).toMatchObject({
      type,
      [id]: 'created-1',
    });
  });

  it('answerOf_Art21_AnObjection_NamesThePurposesArt21DoesNotApplyTo', () => {
    const filed = stored('ObjectionFiled', { objectionId: 'o-1', purposes: ['collection', 'payouts'] });
    expect(answerOf(filed, catalogue)).toMatchObject({ objectionId: 'o-1', notApplicable: ['payouts'] });
    const none = stored('ObjectionFiled', { objectionId: 'o-2', purposes: ['collection'] });
    expect(answerOf(none, catalogue).notApplicable).toEqual([]);
  });
});
