import type { DataSubjectRequest } from '../api/wire';
import { abilitiesOf } from '../session/abilities';
import { deadlineOf, grantNeedsIdentity, methodNeedsNote, requestSteps } from './request-steps';

const received: DataSubjectRequest = {
  subjectId: 'debtor-1',
  requestId: 'r1',
  right: 'access',
  channel: 'letter',
  receivedAt: '2026-01-31T09:00:00.000Z',
  identityVerifiedAt: null,
  deadline: '2026-02-28T09:00:00.000Z',
  extendedUntil: null,
  completedAt: null,
  outcome: null,
  overdue: false,
};
const dpo = abilitiesOf('dpo');

describe('requestSteps', () => {
  it('requestSteps_OfAnOpenRequest_ForTheDpo_EveryStep', () => {
    expect(requestSteps(received, dpo, '2026-02-10T00:00:00.000Z')).toEqual({
      identity: true,
      extension: true,
      completion: true,
    });
  });

  it('requestSteps_ExtensionOnlyOnceAndOnOrBeforeTheDeadline_Art12_3', () => {
    expect(requestSteps(received, dpo, received.deadline).extension).toBe(true);
    expect(requestSteps(received, dpo, '2026-02-28T09:00:00.001Z').extension).toBe(false);
    const extended = { ...received, extendedUntil: '2026-04-30T09:00:00.000Z' };
    expect(requestSteps(extended, dpo, '2026-02-10T00:00:00.000Z').extension).toBe(false);
  });

  it('requestSteps_AfterTheAnswer_Nothing_AndAnOperatorOnlyTheIdentityCheck', () => {
    const answered = { ...received, completedAt: '2026-02-20T00:00:00.000Z', outcome: 'granted' as const };
    expect(requestSteps(answered, dpo, '2026-02-21T00:00:00.000Z')).toEqual({
      identity: false,
      extension: false,
      completion: false,
    });
    expect(requestSteps(received, abilitiesOf('operator'), '2026-02-10T00:00:00.000Z')).toEqual({
      identity: true,
      extension: false,
      completion: false,
    });
    expect(requestSteps(received, abilitiesOf('auditor'), '2026-02-10T00:00:00.000Z').identity).toBe(false);
  });
});

describe('request rules', () => {
  it('grantNeedsIdentity_ForRightsThatDiscloseOrChangeData_Art12_6', () => {
    expect(grantNeedsIdentity(received)).toBe(true);
    expect(grantNeedsIdentity({ ...received, right: 'objection' })).toBe(false);
    expect(grantNeedsIdentity({ ...received, identityVerifiedAt: '2026-02-01T00:00:00.000Z' })).toBe(false);
  });

  it('methodNeedsNote_NoReasonableDoubtAndOther_SayWhy', () => {
    expect(methodNeedsNote('no-reasonable-doubt')).toBe(true);
    expect(methodNeedsNote('other')).toBe(true);
    expect(methodNeedsNote('id-document')).toBe(false);
  });

  it('deadlineOf_IsTheExtendedOneOnceExtended', () => {
    expect(deadlineOf(received)).toBe(received.deadline);
    expect(deadlineOf({ ...received, extendedUntil: '2026-04-30T09:00:00.000Z' })).toBe(
      '2026-04-30T09:00:00.000Z',
    );
  });
});
