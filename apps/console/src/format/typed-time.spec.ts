import { fromTyped, toTyped } from './typed-time';

describe('typed local times', () => {
  it('toTyped_DayFirst_InTheLanguagesOwnSeparator', () => {
    const iso = new Date(2026, 11, 6, 21, 44, 5).toISOString();
    expect(toTyped(iso, 'en')).toBe('06/12/2026 21:44:05');
    expect(toTyped(iso, 'nl')).toBe('06-12-2026 21:44:05');
  });

  it('toTyped_ThenFromTyped_GivesTheSameInstant_ToTheSecond', () => {
    for (const iso of ['2026-11-24T10:00:00.000Z', '2026-03-29T01:30:15.000Z', '2027-01-01T00:00:00.000Z']) {
      expect(fromTyped(toTyped(iso, 'nl'))).toBe(iso);
      expect(fromTyped(toTyped(iso, 'en'))).toBe(iso);
    }
  });

  it('fromTyped_AcceptsMinutesOnly_AndEitherSeparator', () => {
    const expected = new Date(2026, 10, 4, 9, 5).toISOString();
    expect(fromTyped('4-11-2026 9:05')).toBe(expected);
    expect(fromTyped(' 04/11/2026, 09.05 ')).toBe(expected);
  });

  it.each(['', '2026-11-24', '24-11-2026', '24-11-2026 10', '31-02-2026 10:00', '24-11-2026 25:00', 'now'])(
    'fromTyped_%p_IsNull',
    (text) => {
      expect(fromTyped(text)).toBeNull();
    },
  );
});
