import {
  basis,
  disclosure,
  erasure,
  recipientNotified,
  rectification,
  restriction,
  t,
} from '../testing/events';
import { given } from '../testing/specification';
import { LedgerCommand } from './command';

type RecordDisclosure = Extract<LedgerCommand, { type: 'RecordDisclosure' }>;
type NotifyRecipient = Extract<LedgerCommand, { type: 'NotifyRecipient' }>;

/** Contract section 7: what went to whom, and the recipients told of a restriction, erasure or rectification. */
describe('disclosures and art. 19 notifications', () => {
  const disclose = (fields: Partial<RecordDisclosure> = {}): LedgerCommand => ({
    type: 'RecordDisclosure',
    disclosureId: 'd1',
    recipientId: 'direct-pay-services',
    purpose: 'credit-check-sharing',
    dataCategories: ['naw', 'payments'],
    ...fields,
  });

  it('recordDisclosure_Art30_ToARecipientOfThePurpose_IsRecorded', () => {
    given()
      .when(disclose({ recipientRef: 'DPS file 8812' }))
      .then({
        type: 'DataDisclosed',
        data: {
          disclosureId: 'd1',
          recipientId: 'direct-pay-services',
          recipientRef: 'DPS file 8812',
          purpose: 'credit-check-sharing',
          dataCategories: ['naw', 'payments'],
        },
      });
  });

  it('recordDisclosure_Section7_EvenWhereTheDecisionWouldNotHavePermittedIt (it happened)', () => {
    given(restriction('r1')).when(disclose()).thenAccepted();
  });

  it('recordDisclosure_Art30_1_d_ToARecipientThePurposeDoesNotName_RefusesRecipientNotAllowed', () => {
    given()
      .when(disclose({ recipientId: 'bailiff' }))
      .thenRefused('RECIPIENT_NOT_ALLOWED', [{ field: 'recipientId' }]);
  });

  it.each<[string, Partial<RecordDisclosure>, string, string]>([
    ['an unknown recipient', { recipientId: 'credit-bureau' }, 'UNKNOWN_RECIPIENT', 'recipientId'],
    ['an unknown purpose', { purpose: 'resale' }, 'UNKNOWN_PURPOSE', 'purpose'],
    ['no categories', { dataCategories: [] }, 'VALIDATION_FAILED', 'dataCategories'],
    ['an unknown category', { dataCategories: ['dna'] }, 'UNKNOWN_CATEGORY', 'dataCategories[0]'],
    ['a category twice', { dataCategories: ['naw', 'naw'] }, 'VALIDATION_FAILED', 'dataCategories[1]'],
  ])('recordDisclosure_Naming %s_Refuses', (_case, fields, code, field) => {
    given()
      .when(disclose(fields))
      .thenRefused(code as never, [{ field }]);
  });

  describe('art. 19', () => {
    const shared = disclosure('d1', 'direct-pay-services', 'credit-check-sharing', ['naw', 'payments'], {
      at: t('2026-05-01'),
    });
    const restricted = restriction('r1', { at: t('2026-06-01'), dataCategories: ['payments'] });
    const notify = (fields: Partial<NotifyRecipient> = {}): LedgerCommand => ({
      type: 'NotifyRecipient',
      about: 'RestrictionApplied:r1',
      recipientId: 'direct-pay-services',
      ...fields,
    });

    it('notifyRecipient_Art19_ARecipientThatReceivedTheData_IsToldAndItIsRecorded', () => {
      given(shared, restricted)
        .when(notify({ channel: 'email' }))
        .then({
          type: 'RecipientNotified',
          data: {
            about: 'RestrictionApplied:r1',
            recipientId: 'direct-pay-services',
            outcome: 'notified',
            channel: 'email',
          },
        });
    });

    it('notifyRecipient_Art19_ARecipientThatNeverReceivedTheData_RefusesRecipientNotConcerned', () => {
      given(shared, restricted)
        .when(notify({ recipientId: 'bailiff' }))
        .thenRefused('RECIPIENT_NOT_CONCERNED', [{ field: 'recipientId' }]);
    });

    it('notifyRecipient_Art19_DataDisclosedOnlyAfterTheRestriction_IsNotOwed', () => {
      const afterwards = disclosure('d2', 'clients', 'collection', ['naw'], { at: t('2026-07-01') });
      given(restriction('r1', { at: t('2026-06-01') }), afterwards)
        .when(notify({ recipientId: 'clients' }))
        .thenRefused('RECIPIENT_NOT_CONCERNED');
    });

    it('notifyRecipient_Art19_AboutSomethingThatIsNoRestrictionErasureOrRectification_RefusesNotNotifiable', () => {
      given(shared, basis('b1', 'collection', 'contract'))
        .when(notify({ about: 'BasisEstablished:b1', recipientId: 'bailiff' }))
        .thenRefused('NOT_NOTIFIABLE', [{ field: 'about' }]);
    });

    it.each(['impossible', 'disproportionate-effort'] as const)(
      'notifyRecipient_Art19_TheException %s_NeedsANote_ElseNoteRequired',
      (outcome) => {
        given(shared, restricted)
          .when(notify({ outcome }))
          .thenRefused('NOTE_REQUIRED', [{ field: 'note' }]);
        given(shared, restricted)
          .when(notify({ outcome, note: 'the recipient no longer exists' }))
          .thenAccepted();
      },
    );

    it('notifyRecipient_Art19_TheSamePairTwice_RefusesAlreadyNotified', () => {
      given(shared, restricted, recipientNotified('RestrictionApplied:r1', 'direct-pay-services'))
        .when(notify())
        .thenRefused('ALREADY_NOTIFIED');
    });

    it('notifyRecipient_Art19_AfterAnErasure_TheRecipientsOfTheErasedDataAreToldOfIt', () => {
      given(shared, erasure({ at: t('2026-09-01') }))
        .when(notify({ about: 'ErasureCompleted' }))
        .thenAccepted();
    });

    it('notifyRecipient_Art19_ARectificationOfCategoriesTheRecipientReceived_IsOwed', () => {
      given(shared, rectification('x1', ['naw'], { at: t('2026-08-01') }))
        .when(notify({ about: 'RectificationRecorded:x1' }))
        .thenAccepted();
      given(shared, rectification('x1', ['bank-account'], { at: t('2026-08-01') }))
        .when(notify({ about: 'RectificationRecorded:x1' }))
        .thenRefused('RECIPIENT_NOT_CONCERNED');
    });

    it('notifyRecipient_UnknownRecipient_RefusesUnknownRecipient', () => {
      given(shared, restricted)
        .when(notify({ recipientId: 'credit-bureau' }))
        .thenRefused('UNKNOWN_RECIPIENT', [{ field: 'recipientId' }]);
    });
  });

  it('recordRectification_Art16_RecordsTheCategoriesCorrected', () => {
    given()
      .when({
        type: 'RecordRectification',
        rectificationId: 'x1',
        dataCategories: ['naw', 'email'],
        note: 'new address',
      })
      .then({
        type: 'RectificationRecorded',
        data: { rectificationId: 'x1', dataCategories: ['naw', 'email'], note: 'new address' },
      });
  });

  it('recordRectification_Art16_AfterAnErasure_IsStillRecorded', () => {
    given(erasure({ retain: ['fiscal-retention'] }))
      .when({ type: 'RecordRectification', rectificationId: 'x1', dataCategories: ['bank-account'] })
      .thenAccepted();
  });

  it('recordRectification_UnknownCategory_RefusesUnknownCategory', () => {
    given()
      .when({ type: 'RecordRectification', rectificationId: 'x1', dataCategories: ['dna'] })
      .thenRefused('UNKNOWN_CATEGORY');
  });
});
