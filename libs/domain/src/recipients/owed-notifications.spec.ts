import { foldSubject } from '../state/evolve';
import { disclosure, erasure, recipientNotified, rectification, restriction, t } from '../testing/events';
import { catalogue } from '../testing/specification';
import { owedNotifications, pendingNotifications } from './owed-notifications';

/**
 * Contract section 7, art. 19: a restriction, erasure or rectification is owed to each recipient that received
 * the data concerned before it, and to no other (telling one that never received it would disclose it).
 */
describe('owed notifications (art. 19)', () => {
  const toDps = disclosure('d1', 'direct-pay-services', 'credit-check-sharing', ['naw', 'payments'], {
    at: t('2026-03-01'),
  });
  const toClient = disclosure('d2', 'clients', 'collection', ['invoice-amounts'], { at: t('2026-03-02') });
  const owed = (...history: Parameters<typeof foldSubject>[0]) =>
    owedNotifications(foldSubject(history), catalogue).map((pair) => [pair.about.eventId, pair.recipientId]);

  it('owedNotifications_Art19_AnErasureIsOwedToEveryRecipientThatReceivedData', () => {
    expect(owed(toDps, toClient, erasure({ at: t('2026-06-01') }))).toEqual([
      ['ErasureCompleted', 'direct-pay-services'],
      ['ErasureCompleted', 'clients'],
    ]);
  });

  it('owedNotifications_Art19_ARestrictionOfEverything_IsOwedToEveryRecipient', () => {
    expect(owed(toDps, toClient, restriction('r1', { at: t('2026-06-01') }))).toHaveLength(2);
  });

  it('owedNotifications_Art19_ARestrictionByCategory_IsOwedOnlyToThoseThatReceivedThatCategory', () => {
    expect(
      owed(toDps, toClient, restriction('r1', { at: t('2026-06-01'), dataCategories: ['payments'] })),
    ).toEqual([['RestrictionApplied:r1', 'direct-pay-services']]);
  });

  it('owedNotifications_Art19_ARestrictionByPurpose_CoversTheCategoriesThePurposeUses', () => {
    // collection uses naw, among others: Direct Pay Services received naw.
    expect(
      owed(toDps, toClient, restriction('r1', { at: t('2026-06-01'), purposes: ['collection'] })),
    ).toEqual([
      ['RestrictionApplied:r1', 'direct-pay-services'],
      ['RestrictionApplied:r1', 'clients'],
    ]);
    // call-recording uses only call-recordings, which went to no one.
    expect(
      owed(toDps, toClient, restriction('r1', { at: t('2026-06-01'), purposes: ['call-recording'] })),
    ).toEqual([]);
  });

  it('owedNotifications_Art19_ARectification_IsOwedToThoseThatReceivedItsCategories', () => {
    expect(owed(toDps, toClient, rectification('x1', ['invoice-amounts'], { at: t('2026-06-01') }))).toEqual([
      ['RectificationRecorded:x1', 'clients'],
    ]);
  });

  it('owedNotifications_Art19_DataDisclosedOnlyAfterwards_OwesNothing', () => {
    const later = disclosure('d3', 'bailiff', 'legal-claims', ['naw'], { at: t('2026-07-01') });
    expect(owed(later, erasure({ at: t('2026-06-01') }))).toEqual([]);
  });

  it('owedNotifications_Art19_NoDisclosure_OwesNothing (the catalogue alone owes nothing)', () => {
    expect(owed(restriction('r1'), erasure())).toEqual([]);
  });

  it('pendingNotifications_Art19_APairNotifiedIsNoLongerPending', () => {
    const state = foldSubject([
      toDps,
      toClient,
      erasure({ at: t('2026-06-01') }),
      recipientNotified('ErasureCompleted', 'clients'),
    ]);
    expect(pendingNotifications(state, catalogue).map((pair) => pair.recipientId)).toEqual([
      'direct-pay-services',
    ]);
  });
});
