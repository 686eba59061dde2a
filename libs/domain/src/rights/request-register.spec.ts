import { identityVerified, requestCompleted, requestReceived, t } from '../testing/events';
import { HistoryEvent } from '../events';
import { requestRegister } from './request-register';

/** Contract section 6: the register answers each request with its art. 12(3) deadline. */
describe('requestRegister (art. 12(3))', () => {
  const extended = (requestId: string, at: string): HistoryEvent => ({
    type: 'RequestExtended',
    data: { requestId, reason: 'complex', extendedUntil: 'ignored: the register recomputes it' },
    eventId: `RequestExtended:${requestId}`,
    occurredAt: at,
    recordedAt: at,
  });

  it('requestRegister_Art12_3_DeadlineIsOneMonthAfterReceipt_SameTimeOfDay', () => {
    const [request] = requestRegister(
      [requestReceived('q1', 'access', { at: t('2026-11-24T15:30') })],
      t('2026-11-25'),
    );
    expect(request).toEqual({
      requestId: 'q1',
      right: 'access',
      channel: null,
      receivedAt: t('2026-11-24T15:30'),
      identityVerifiedAt: null,
      deadline: t('2026-12-24T15:30'),
      extendedUntil: null,
      completedAt: null,
      outcome: null,
      overdue: false,
    });
  });

  it.each([
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-03-31', '2026-04-30'],
  ])('requestRegister_Reg1182_71_ReceivedOn %s_IsDueOn %s (the month has no such date)', (received, due) => {
    const [request] = requestRegister([requestReceived('q1', 'access', { at: t(received) })], t(received));
    expect(request.deadline).toBe(t(due));
  });

  it('requestRegister_Art12_3_OverdueOnlyOncePastTheDeadlineAndNotCompleted', () => {
    const history = [requestReceived('q1', 'access', { at: t('2026-10-01') })];
    expect(requestRegister(history, t('2026-11-01'))[0].overdue).toBe(false);
    expect(requestRegister(history, '2026-11-01T00:00:00.001Z')[0].overdue).toBe(true);
    const done = [...history, identityVerified('q1'), requestCompleted('q1', { at: t('2026-11-10') })];
    expect(requestRegister(done, t('2026-12-01'))[0]).toMatchObject({
      overdue: false,
      completedAt: t('2026-11-10'),
      outcome: 'granted',
    });
  });

  it('requestRegister_Art12_3_AnExtensionMovesOverdueToThreeMonthsAfterReceipt', () => {
    const history = [
      requestReceived('q1', 'access', { at: t('2026-10-01') }),
      extended('q1', t('2026-10-20')),
    ];
    const [request] = requestRegister(history, t('2026-12-01'));
    expect(request).toMatchObject({
      deadline: t('2026-11-01'),
      extendedUntil: t('2027-01-01'),
      overdue: false,
    });
    expect(requestRegister(history, '2027-01-01T00:00:00.001Z')[0].overdue).toBe(true);
  });

  it('requestRegister_EDPB_01_2022_VerifyingTheIdentityNeverMovesTheDeadline', () => {
    const history = [
      requestReceived('q1', 'access', { at: t('2026-10-01') }),
      identityVerified('q1', { at: t('2026-10-20') }),
      identityVerified('q1', { at: t('2026-10-25') }),
    ];
    expect(requestRegister(history, t('2026-10-26'))[0]).toMatchObject({
      identityVerifiedAt: t('2026-10-20'),
      deadline: t('2026-11-01'),
    });
  });

  it('requestRegister_ListsRequestsOldestFirst', () => {
    const history = [
      requestReceived('late', 'access', { at: t('2026-10-05'), recorded: t('2026-10-05') }),
      requestReceived('early', 'erasure', { at: t('2026-10-01'), recorded: t('2026-10-06') }),
    ];
    expect(requestRegister(history, t('2026-10-10')).map((r) => r.requestId)).toEqual(['early', 'late']);
  });
});
