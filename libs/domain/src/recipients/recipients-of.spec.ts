import { basis, disclosure, t } from '../testing/events';
import { catalogue } from '../testing/specification';
import { recipientsOf } from './recipients-of';

/** Contract section 7, art. 15(1)(c): the recipients to whom the data have been or will be disclosed. */
describe('recipientsOf (art. 15(1)(c))', () => {
  it('recipientsOf_Art15_1_c_ListsTheActualRecipientsWithWhatTheyReceived_CJEU_C154_21', () => {
    const history = [
      basis('b1', 'credit-check-sharing', 'legitimate-interests'),
      disclosure('d1', 'direct-pay-services', 'credit-check-sharing', ['naw'], { at: t('2026-03-01') }),
    ];
    expect(recipientsOf(history, catalogue)).toEqual([
      {
        recipientId: 'direct-pay-services',
        name: 'Direct Pay Services B.V. (Credit Exchange group)',
        kind: 'group-company',
        purposes: ['credit-check-sharing'],
        disclosures: [
          {
            disclosureId: 'd1',
            occurredAt: t('2026-03-01'),
            purpose: 'credit-check-sharing',
            dataCategories: ['naw'],
          },
        ],
      },
      {
        recipientId: 'processors',
        name: 'Service providers under a processing agreement (e.g. hosting)',
        kind: 'processor',
        purposes: ['credit-check-sharing'],
        disclosures: [],
      },
    ]);
  });

  it('recipientsOf_Art15_1_c_NamesThoseTheDataMayGoTo_ForThePurposesTheSubjectHasABasisFor', () => {
    const listed = recipientsOf([basis('b1', 'legal-claims', 'contract')], catalogue);
    expect(listed.map((r) => [r.recipientId, r.purposes, r.disclosures.length])).toEqual([
      ['clients', ['legal-claims'], 0],
      ['bailiff', ['legal-claims'], 0],
      ['processors', ['legal-claims'], 0],
    ]);
  });

  it('recipientsOf_ASubjectWithNoBasisAndNoDisclosure_HasNoRecipients', () => {
    expect(recipientsOf([], catalogue)).toEqual([]);
  });
});
