import { fromLocalInput, toLocalInput } from './local-time';

describe('datetime-local conversions', () => {
  it('toLocalInput_ThenFromLocalInput_GivesTheSameInstant_ToTheSecond', () => {
    for (const iso of ['2026-11-24T10:00:00.000Z', '2026-03-29T01:30:15.000Z', '2027-01-01T00:00:00.000Z']) {
      expect(fromLocalInput(toLocalInput(iso))).toBe(iso);
    }
  });

  it('fromLocalInput_AcceptsMinutesOnly', () => {
    expect(fromLocalInput(toLocalInput('2026-11-24T10:05:00.000Z').slice(0, 16))).toBe(
      '2026-11-24T10:05:00.000Z',
    );
  });

  it.each(['', '2026-11-24', '2026-11-24T', 'not a time'])('fromLocalInput_%p_IsNull', (value) => {
    expect(fromLocalInput(value)).toBeNull();
  });
});
