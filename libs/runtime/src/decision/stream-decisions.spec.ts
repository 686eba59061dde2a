import { CatalogueIndex, defaultCatalogue } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { testEvent } from '@ledger/event-store/testing/test-events';
import { streamDecisions } from './stream-decisions';

const catalogue = new CatalogueIndex(defaultCatalogue());
const purpose = (id: string) => {
  const found = catalogue.purpose(id);
  if (!found) throw new Error(`the default catalogue has no purpose ${id}`);
  return found;
};
const [collection, payouts] = [purpose('collection'), purpose('payouts')];
const RECORDED = '2026-11-24T10:00:00.000Z';

/** A contract basis for collection, recorded at RECORDED, at position 7. */
const basis: StoredEvent = {
  ...testEvent('debtor-1', null, {
    recordedAt: RECORDED,
    occurredAt: RECORDED,
    data: { basisId: 'b-1', purpose: 'collection', legalBasis: 'contract', validFrom: RECORDED },
  }),
  position: '7',
};

describe('streamDecisions', () => {
  it('streamDecisions_DecidesEveryPurposeAskedAt_TheStreamsLastPosition', () => {
    const decisions = streamDecisions('debtor-1', [basis], [collection, payouts], {
      at: '2026-12-01T00:00:00.000Z',
    });
    expect(decisions.map(({ purpose, permitted, position }) => ({ purpose, permitted, position }))).toEqual([
      { purpose: 'collection', permitted: true, position: '7' },
      { purpose: 'payouts', permitted: false, position: '7' },
    ]);
  });

  it('streamDecisions_AsOfBeforeTheEventWasRecorded_DecidesWithoutIt', () => {
    const [decision] = streamDecisions('debtor-1', [basis], [collection], {
      at: '2026-12-01T00:00:00.000Z',
      asOf: '2026-11-24T09:59:59.999Z',
    });
    expect(decision).toMatchObject({ permitted: false, reasons: [{ code: 'NO_BASIS' }] });
  });

  it('streamDecisions_ForAnUnknownSubject_DecidesAtPositionZero_AndExplainsWhenAsked', () => {
    const [decision] = streamDecisions('debtor-2', [], [collection], { at: RECORDED, explain: 'en' });
    expect(decision).toMatchObject({ subjectId: 'debtor-2', position: '0', explanation: expect.any(String) });
  });
});
