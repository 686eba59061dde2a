import { deadlineStatus, isUrgent } from './deadline';

const DEADLINE = '2026-12-24T10:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

describe('deadlineStatus', () => {
  it.each([
    ['2026-11-24T10:00:00.000Z', { kind: 'left', days: 30 }],
    ['2026-12-21T12:00:00.000Z', { kind: 'left', days: 2 }],
    ['2026-12-23T10:00:00.000Z', { kind: 'left', days: 1 }],
    ['2026-12-23T10:00:00.001Z', { kind: 'due-today' }],
    ['2026-12-24T10:00:00.000Z', { kind: 'due-today' }],
    ['2026-12-24T10:00:00.001Z', { kind: 'overdue', days: 1 }],
    ['2026-12-25T10:00:00.000Z', { kind: 'overdue', days: 1 }],
    ['2026-12-25T11:00:00.000Z', { kind: 'overdue', days: 2 }],
  ])('deadlineStatus_At_%s_Is_%j', (now, status) => {
    expect(deadlineStatus(DEADLINE, at(now))).toEqual(status);
  });

  it('isUrgent_WithAWeekOrLessLeft_OrOverdue', () => {
    expect(isUrgent({ kind: 'left', days: 8 })).toBe(false);
    expect(isUrgent({ kind: 'left', days: 7 })).toBe(true);
    expect(isUrgent({ kind: 'due-today' })).toBe(true);
    expect(isUrgent({ kind: 'overdue', days: 3 })).toBe(true);
  });
});
