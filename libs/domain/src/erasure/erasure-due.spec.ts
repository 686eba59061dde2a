import { basis, erasure, requestCompleted, requestReceived, t, withdrawn } from '../testing/events';
import { erasureDue } from './erasure-due';

/** Contract section 7, "Erasures due": storage limitation (art. 5(1)(e)). */
describe('erasureDue (art. 5(1)(e))', () => {
  const grace = 'P28D';
  const applicant = basis('b1', 'recruitment', 'consent', { at: t('2026-01-10') });
  const ended = withdrawn('b1', 'recruitment', { at: t('2026-03-01') });

  it('erasureDue_Art5_1_e_NoActiveBasisForLongerThanTheGrace_IsDueSinceTheLastOneEnded', () => {
    expect(erasureDue([applicant, ended], t('2026-03-29'), grace)).toBeNull();
    expect(erasureDue([applicant, ended], t('2026-03-30'), grace)).toEqual({
      since: t('2026-03-01'),
      why: 'no-active-basis',
    });
  });

  it('erasureDue_Art5_1_e_ABasisStillActive_OrYetToBegin_KeepsTheData', () => {
    expect(erasureDue([applicant], t('2027-01-01'), grace)).toBeNull();
    const later = basis('b2', 'fiscal-retention', 'legal-obligation', { validFrom: t('2027-01-01') });
    expect(erasureDue([applicant, ended, later], t('2026-12-01'), grace)).toBeNull();
  });

  it('erasureDue_Art5_1_e_AnExpiredBasis_CountsFromItsValidUntil', () => {
    const expiring = basis('b1', 'collection', 'contract', { validUntil: t('2026-05-01') });
    expect(erasureDue([expiring], t('2026-06-01'), grace)).toEqual({
      since: t('2026-05-01'),
      why: 'no-active-basis',
    });
  });

  it('erasureDue_Art12_3_WhileARequestIsOpen_NothingIsDue', () => {
    const open = requestReceived('q1', 'access', { at: t('2026-04-01') });
    expect(erasureDue([applicant, ended, open], t('2026-06-01'), grace)).toBeNull();
    expect(
      erasureDue([applicant, ended, open, requestCompleted('q1')], t('2026-06-01'), grace),
    ).not.toBeNull();
  });

  it('erasureDue_Art17_3_AnErasedSubjectWhoseKeptPurposesHaveNoBasisLeft_IsDueANarrowingErasure', () => {
    const fiscal = basis('b1', 'fiscal-retention', 'legal-obligation', { validUntil: t('2033-01-01') });
    const kept = erasure({ at: t('2026-06-01'), retain: ['fiscal-retention'] });
    expect(erasureDue([fiscal, kept], t('2030-01-01'), grace)).toBeNull();
    expect(erasureDue([fiscal, kept], t('2033-01-02'), grace)).toEqual({
      since: t('2033-01-01'),
      why: 'retention-ended',
    });
  });

  it('erasureDue_Art17_AnErasureThatKeptNothing_LeavesNothingDue', () => {
    expect(
      erasureDue([applicant, ended, erasure({ at: t('2026-04-01') })], t('2027-01-01'), grace),
    ).toBeNull();
  });
});
