import fc from 'fast-check';
import { addDuration, isValidDuration, MAX_TIMESTAMP, normalizeTimestamp } from './time';

describe('normalizeTimestamp', () => {
  it.each([
    ['2026-11-24T10:00:00.000Z', '2026-11-24T10:00:00.000Z'],
    ['2026-11-24T10:00:00Z', '2026-11-24T10:00:00.000Z'],
    ['2026-11-24t10:00:00z', '2026-11-24T10:00:00.000Z'],
    ['2026-11-24T10:00:00.5Z', '2026-11-24T10:00:00.500Z'],
    ['2026-11-24T10:00:00.123456789Z', '2026-11-24T10:00:00.123Z'],
    ['2026-11-24T11:00:00+01:00', '2026-11-24T10:00:00.000Z'],
    ['2026-11-24T05:30:00-04:30', '2026-11-24T10:00:00.000Z'],
    ['2026-11-25T00:30:00+14:30', '2026-11-24T10:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00.000Z'],
    ['9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
  ])('normalizeTimestamp_When_%s_Gives_%s', (input, canonical) => {
    expect(normalizeTimestamp(input)).toBe(canonical);
  });

  it.each([
    ['a bare date', '2026-11-24'],
    ['no zone', '2026-11-24T10:00:00'],
    ['no seconds', '2026-11-24T10:00Z'],
    ['a space for T', '2026-11-24 10:00:00Z'],
    ['February 29 of a common year', '2026-02-29T00:00:00Z'],
    ['April 31', '2026-04-31T00:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['hour 24', '2026-11-24T24:00:00Z'],
    ['a leap second', '2026-12-31T23:59:60Z'],
    ['an offset of 24 hours', '2026-11-24T10:00:00+24:00'],
    ['an offset without colon', '2026-11-24T10:00:00+0100'],
    ['a year before 1970', '1969-12-31T23:59:59Z'],
    ['1970 that is 1969 in UTC', '1970-01-01T00:30:00+01:00'],
    ['a five-digit year', '+10000-01-01T00:00:00Z'],
    ['a time after 9999 in UTC', '9999-12-31T23:30:00-01:00'],
    ['an empty string', ''],
    ['trailing text', '2026-11-24T10:00:00Z '],
  ])('normalizeTimestamp_When%s_GivesNull', (_what, input) => {
    expect(normalizeTimestamp(input)).toBeNull();
  });

  it('normalizeTimestamp_ForAnyInstantInRange_RoundTripsItsCanonicalForm', () => {
    const instant = fc
      .integer({ min: 0, max: Date.parse(MAX_TIMESTAMP) })
      .map((ms) => new Date(ms).toISOString());
    fc.assert(fc.property(instant, (iso) => expect(normalizeTimestamp(iso)).toBe(iso)));
  });
});

describe('addDuration', () => {
  it.each([
    ['2026-11-24T10:00:00.000Z', 'P7Y', '2033-11-24T10:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', 'P1Y', '2025-02-28T12:00:00.000Z'],
    ['2024-02-29T12:00:00.000Z', 'P4Y', '2028-02-29T12:00:00.000Z'],
    ['2026-01-31T00:00:00.000Z', 'P1M', '2026-02-28T00:00:00.000Z'],
    ['2026-11-30T00:00:00.000Z', 'P3M', '2027-02-28T00:00:00.000Z'],
    ['2026-12-15T00:00:00.000Z', 'P1Y1M', '2028-01-15T00:00:00.000Z'],
    ['2026-02-20T00:00:00.000Z', 'P30D', '2026-03-22T00:00:00.000Z'],
    ['2026-03-28T00:00:00.000Z', 'P2W', '2026-04-11T00:00:00.000Z'],
    ['2026-11-24T23:58:00.000Z', 'PT5M', '2026-11-25T00:03:00.000Z'],
    ['2026-11-24T10:00:00.000Z', 'P1DT12H', '2026-11-25T22:00:00.000Z'],
    ['2026-11-24T10:00:00.000Z', 'PT1.5S', '2026-11-24T10:00:01.500Z'],
    ['9995-06-01T00:00:00.000Z', 'P7Y', MAX_TIMESTAMP],
  ])('addDuration_%s_Plus_%s_Is_%s', (start, duration, end) => {
    expect(addDuration(start, duration)).toBe(end);
  });

  it.each(['P', 'PT', '7Y', 'P7', 'P1.5Y', 'PT1.5H', 'P-1D', 'p7y', ''])(
    'addDuration_When_%p_Throws',
    (duration) => {
      expect(isValidDuration(duration)).toBe(false);
      expect(() => addDuration('2026-11-24T10:00:00.000Z', duration)).toThrow(RangeError);
    },
  );
});
