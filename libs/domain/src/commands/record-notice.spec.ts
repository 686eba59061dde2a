import { t } from '../testing/events';
import { given } from '../testing/specification';

/** Contract section 7, arts. 13 and 14: which version of the privacy statement the person was given. */
describe('RecordNotice (arts. 13, 14)', () => {
  it('recordNotice_Art14_AVersionOfTheCatalogue_AppendsNoticeProvided', () => {
    given()
      .when({ type: 'RecordNotice', noticeVersion: 'webcasso-2026-1', channel: 'email' })
      .then({ type: 'NoticeProvided', data: { noticeVersion: 'webcasso-2026-1', channel: 'email' } });
  });

  it('recordNotice_Art14_AnUnknownVersion_RefusesUnknownNotice', () => {
    given()
      .when({ type: 'RecordNotice', noticeVersion: 'webcasso-2020-1', channel: 'email' })
      .thenRefused('UNKNOWN_NOTICE', [{ field: 'noticeVersion' }]);
  });

  it('recordNotice_Art14_AVersionNotYetPublishedThen_RefusesNoticeNotApplicable', () => {
    given()
      .when({
        type: 'RecordNotice',
        noticeVersion: 'webcasso-2026-1',
        channel: 'letter',
        occurredAt: t('2025-06-01'),
      })
      .thenRefused('NOTICE_NOT_APPLICABLE');
  });
});
