import { basis, erasure, noticeProvided, t } from '../testing/events';
import { noticeDue } from './notice-due';

/** Contract section 7, art. 14(3)(a): a person whose data came from a client is told within a month. */
describe('noticeDue (arts. 13, 14)', () => {
  const contract = basis('b1', 'collection', 'contract', { at: t('2026-10-01') });

  it('noticeDue_Art14_3_a_AMonthAfterTheFirstBasisWithoutANotice_IsDueSinceThen', () => {
    expect(noticeDue([contract], t('2026-11-01'))).toBeNull();
    expect(noticeDue([contract], t('2026-11-02'))).toBe(t('2026-11-01'));
  });

  it('noticeDue_Art14_ANoticeProvided_EndsIt', () => {
    expect(
      noticeDue([contract, noticeProvided('webcasso-2026-1', { at: t('2026-11-05') })], t('2026-12-01')),
    ).toBeNull();
  });

  it('noticeDue_Art7_1_AConsentNamesTheNoticeThePersonWasShown', () => {
    const consent = basis('c1', 'call-recording', 'consent', {
      at: t('2026-10-01'),
      noticeVersion: 'webcasso-2026-1',
    });
    expect(noticeDue([consent], t('2026-12-01'))).toBeNull();
  });

  it('noticeDue_Art17_AnErasedSubject_IsOwedNothingMore', () => {
    expect(noticeDue([contract, erasure({ at: t('2026-10-15') })], t('2026-12-01'))).toBeNull();
  });

  it('noticeDue_NoBasis_NothingIsDue', () => {
    expect(noticeDue([], t('2026-12-01'))).toBeNull();
  });
});
