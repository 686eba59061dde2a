import {
  basis,
  erasure,
  identityVerified,
  objection,
  requestCompleted,
  requestReceived,
  restriction,
  t,
} from '../testing/events';
import { given, NOW } from '../testing/specification';
import { LedgerCommand } from './command';

type CompleteRequest = Extract<LedgerCommand, { type: 'CompleteRequest' }>;

/** Contract section 6: the register of data-subject requests (art. 12). */
describe('data-subject requests (art. 12)', () => {
  const received = requestReceived('q1', 'access', { at: t('2026-11-01') });

  it('receiveRequest_Art12_3_RecordsTheRequestWhenItArrives', () => {
    given()
      .when({
        type: 'ReceiveRequest',
        requestId: 'q1',
        right: 'human-review',
        channel: 'letter',
        note: 'by post',
      })
      .then({
        type: 'RequestReceived',
        data: { requestId: 'q1', right: 'human-review', channel: 'letter', note: 'by post' },
      });
  });

  describe('identity (art. 12(6))', () => {
    it('verifyIdentity_Art12_6_ByKnownContactDetails_IsRecorded', () => {
      given(received)
        .when({ type: 'VerifyIdentity', requestId: 'q1', method: 'known-contact-details' })
        .then({ type: 'IdentityVerified', data: { requestId: 'q1', method: 'known-contact-details' } });
    });

    it.each(['no-reasonable-doubt', 'other'] as const)(
      'verifyIdentity_Art12_6_By %s_NeedsANoteSayingWhy_ElseNoteRequired',
      (method) => {
        given(received)
          .when({ type: 'VerifyIdentity', requestId: 'q1', method })
          .thenRefused('NOTE_REQUIRED', [{ field: 'note' }]);
        given(received)
          .when({ type: 'VerifyIdentity', requestId: 'q1', method, note: 'wrote from the address on file' })
          .thenAccepted();
      },
    );

    it('verifyIdentity_WhenTheRequestIsNotOnTheSubject_RefusesNotFound', () => {
      given(received)
        .when({ type: 'VerifyIdentity', requestId: 'q9', method: 'in-person' })
        .thenRefused('NOT_FOUND');
    });
  });

  describe('extension (art. 12(3))', () => {
    const received = requestReceived('q1', 'access', { at: t('2026-10-01') });

    it('extendRequest_Art12_3_BeforeTheDeadline_ExtendsToThreeMonthsAfterReceipt', () => {
      given(received)
        .when({
          type: 'ExtendRequest',
          requestId: 'q1',
          reason: 'many requests at once',
          occurredAt: t('2026-10-30'),
        })
        .then(
          {
            type: 'RequestExtended',
            data: { requestId: 'q1', reason: 'many requests at once', extendedUntil: t('2027-01-01') },
          },
          t('2026-10-30'),
        );
    });

    it('extendRequest_Art12_3_OnTheDeadlineItself_IsInTime', () => {
      given(received)
        .when({ type: 'ExtendRequest', requestId: 'q1', reason: 'complex', occurredAt: t('2026-11-01') })
        .thenAccepted();
    });

    it('extendRequest_Art12_3_AfterTheDeadline_RefusesExtensionTooLate', () => {
      given(received)
        .when({
          type: 'ExtendRequest',
          requestId: 'q1',
          reason: 'complex',
          occurredAt: '2026-12-01T00:00:00.001Z',
        })
        .thenRefused('EXTENSION_TOO_LATE', [{ field: 'occurredAt' }]);
    });

    it('extendRequest_Art12_3_31January_ExtendsTo30April', () => {
      const { event } = given(requestReceived('q1', 'access', { at: t('2026-01-31') }))
        .when({ type: 'ExtendRequest', requestId: 'q1', reason: 'complex', occurredAt: t('2026-02-10') })
        .thenAccepted();
      expect(event.data).toMatchObject({ extendedUntil: t('2026-04-30') });
    });

    it('extendRequest_Art12_3_ASecondExtension_RefusesAlreadyExtended', () => {
      const once = {
        type: 'RequestExtended' as const,
        data: { requestId: 'q1', reason: 'x', extendedUntil: t('2027-02-01') },
      };
      given(received, { ...once, eventId: 'ext', occurredAt: t('2026-11-20'), recordedAt: t('2026-11-20') })
        .when({ type: 'ExtendRequest', requestId: 'q1', reason: 'more', occurredAt: t('2026-11-21') })
        .thenRefused('ALREADY_EXTENDED');
    });
  });

  describe('completion (art. 12(3)-(6))', () => {
    const complete = (fields: Partial<CompleteRequest>): LedgerCommand => ({
      type: 'CompleteRequest',
      requestId: 'q1',
      outcome: 'granted',
      ...fields,
    });

    it.each(['access', 'portability', 'explanation', 'rectification', 'erasure'] as const)(
      'completeRequest_Art12_6_Granting %s_WithoutAVerifiedIdentity_RefusesIdentityNotVerified',
      (right) => {
        given(requestReceived('q1', right)).when(complete({})).thenRefused('IDENTITY_NOT_VERIFIED');
        given(requestReceived('q1', right))
          .when(complete({ outcome: 'partly-granted', motivation: 'part', remediesInformed: true }))
          .thenRefused('IDENTITY_NOT_VERIFIED');
      },
    );

    it.each(['objection', 'restriction', 'human-review'] as const)(
      'completeRequest_Art12_6_Granting %s_NeedsNoIdentityCheck (it discloses and changes no data)',
      (right) => {
        given(requestReceived('q1', right)).when(complete({})).thenAccepted();
      },
    );

    it('completeRequest_Art12_6_GrantingAccessOnceTheIdentityIsVerified_Accepts', () => {
      given(received, identityVerified('q1'))
        .when(complete({}))
        .then({ type: 'RequestCompleted', data: { requestId: 'q1', outcome: 'granted' } });
    });

    it('completeRequest_Art12_4_PartlyGrantedOrRefusedWithoutMotivation_RefusesMotivationRequired', () => {
      given(received, identityVerified('q1'))
        .when(complete({ outcome: 'partly-granted', remediesInformed: true }))
        .thenRefused('MOTIVATION_REQUIRED', [{ field: 'motivation' }]);
      given(received)
        .when(complete({ outcome: 'refused', refusalGround: 'excessive', remediesInformed: true }))
        .thenRefused('MOTIVATION_REQUIRED');
    });

    it('completeRequest_Art12_4_WithoutTellingTheRemedies_RefusesRemediesNotInformed', () => {
      given(received)
        .when(
          complete({ outcome: 'refused', refusalGround: 'excessive', motivation: 'fifth request this week' }),
        )
        .thenRefused('REMEDIES_NOT_INFORMED', [{ field: 'remediesInformed' }]);
    });

    it('completeRequest_Art12_5_ARefusalWithItsGroundMotivationAndRemedies_IsRecorded', () => {
      given(received)
        .when(
          complete({
            outcome: 'refused',
            refusalGround: 'manifestly-unfounded',
            motivation: 'no data held',
            remediesInformed: true,
          }),
        )
        .then({
          type: 'RequestCompleted',
          data: {
            requestId: 'q1',
            outcome: 'refused',
            refusalGround: 'manifestly-unfounded',
            motivation: 'no data held',
            remediesInformed: true,
          },
        });
    });

    it('completeRequest_Art12_5_ARefusalWithoutItsGround_OrAGroundWithoutARefusal_RefusesValidationFailed', () => {
      given(received)
        .when(complete({ outcome: 'refused', motivation: 'm', remediesInformed: true }))
        .thenRefused('VALIDATION_FAILED', [{ field: 'refusalGround' }]);
      given(received, identityVerified('q1'))
        .when(complete({ refusalGround: 'excessive' }))
        .thenRefused('VALIDATION_FAILED', [{ field: 'refusalGround' }]);
    });

    it.each<[string, LedgerCommand]>([
      ['completion', { type: 'CompleteRequest', requestId: 'q1', outcome: 'granted' }],
      ['extension', { type: 'ExtendRequest', requestId: 'q1', reason: 'late' }],
      ['identity check', { type: 'VerifyIdentity', requestId: 'q1', method: 'in-person' }],
    ])('%s_OfACompletedRequest_RefusesAlreadyCompleted', (_step, command) => {
      given(received, identityVerified('q1'), requestCompleted('q1'))
        .when(command)
        .thenRefused('ALREADY_COMPLETED');
    });
  });

  describe('requests outlive the erasure', () => {
    const erased = [
      basis('b1', 'collection', 'contract'),
      received,
      erasure({ at: t('2026-11-10') }),
    ] as const;

    it('receiveRequest_Art17_AfterTheErasure_IsRecorded', () => {
      given(...erased)
        .when({ type: 'ReceiveRequest', requestId: 'q2', right: 'access' })
        .thenAccepted();
    });

    it('completeRequest_Art17_AfterTheErasure_CanStillBeCompleted', () => {
      given(...erased, identityVerified('q1'))
        .when({ type: 'CompleteRequest', requestId: 'q1', outcome: 'granted' })
        .thenAccepted();
    });
  });

  describe('commands that answer a request', () => {
    it('fileObjection_Section6_NamingAnObjectionRequest_RecordsTheLink', () => {
      const { event } = given(requestReceived('q1', 'objection'))
        .when({ type: 'FileObjection', objectionId: 'o1', purposes: ['collection'], requestId: 'q1' })
        .thenAccepted();
      expect(event.data).toMatchObject({ requestId: 'q1' });
    });

    it.each<[string, LedgerCommand]>([
      [
        'an objection',
        { type: 'FileObjection', objectionId: 'o1', purposes: ['collection'], requestId: 'q1' },
      ],
      [
        'a restriction',
        { type: 'ApplyRestriction', restrictionId: 'r1', ground: 'accuracy-contested', requestId: 'q1' },
      ],
      ['an erasure', { type: 'CompleteErasure', requestId: 'q1' }],
      [
        'a rectification',
        { type: 'RecordRectification', rectificationId: 'x1', dataCategories: ['naw'], requestId: 'q1' },
      ],
    ])('Section6_%s_NamingARequestForAnotherRight_RefusesRequestMismatch', (_what, command) => {
      given(requestReceived('q1', 'portability'))
        .when(command)
        .thenRefused('REQUEST_MISMATCH', [{ field: 'requestId' }]);
    });

    it('Section6_NamingARequestTheSubjectDoesNotHave_RefusesNotFound', () => {
      given(objection('o0', ['collection']), restriction('r0'))
        .when({ type: 'CompleteErasure', requestId: 'q7' })
        .thenRefused('NOT_FOUND');
    });

    it('Section6_ARequestForErasure_IsAnsweredByTheErasure', () => {
      given(requestReceived('q1', 'erasure'), identityVerified('q1'))
        .when({ type: 'CompleteErasure', requestId: 'q1', occurredAt: NOW })
        .then({ type: 'ErasureCompleted', data: { retain: [], requestId: 'q1' } });
    });
  });
});
