/**
 * Time as the ledger keeps it: ISO 8601 UTC strings with millisecond precision (`2026-11-24T10:00:00.000Z`).
 * Every time the domain stores or compares is in this canonical form, so plain string comparison orders it.
 * Parsing a string into a `Date` here is pure computation; nothing in the domain reads the clock.
 */

/** How far into the future a caller may date an event (contract section 1). */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** The last instant the canonical form can hold; durations saturate here instead of leaving the format. */
export const MAX_TIMESTAMP = '9999-12-31T23:59:59.999Z';

const MIN_MS = Date.UTC(1970, 0, 1);
const MAX_MS = Date.parse(MAX_TIMESTAMP);

/**
 * RFC 3339 date-time: full date, full time with seconds, optional fraction, and an explicit zone. Bare dates and
 * local times are refused: a time without a zone is ambiguous, and the ledger must not guess.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

const DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,3})?)S)?)?$/;

/** What `normalizeTimestamp` takes, as refusals say it: a time outside the years it holds is refused too. */
export const TIMESTAMP_FORM =
  'an ISO 8601 date-time with a zone, from 1970 to 9999, e.g. 2026-11-24T10:00:00.000Z';

/**
 * The canonical UTC form of an ISO 8601 date-time with an explicit zone (`Z` or `±hh:mm`), or `null` when the
 * input is not one, names a day or time that does not exist, or falls outside 1970..9999 (in UTC).
 * Fractions finer than a millisecond are truncated; leap seconds (`:60`) are refused.
 */
export function normalizeTimestamp(input: string): string | null {
  const m = DATE_TIME.exec(input);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const millis = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = m[8] ? 0 : offsetMinutes(m[9], Number(m[10]), Number(m[11]));
  if (offset === null || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month - 1))
    return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
  return ms >= MIN_MS && ms <= MAX_MS ? new Date(ms).toISOString() : null;
}

/** True for the ISO 8601 durations `addDuration` understands: `P7Y`, `P1Y6M`, `P2W`, `P30D`, `PT5M`, `PT1.5S`. */
export function isValidDuration(duration: string): boolean {
  return DURATION.test(duration);
}

/**
 * `iso` (canonical) plus an ISO 8601 duration, calendar-correct in UTC: years and months move the calendar
 * date and clamp to the month's last day (2024-02-29 + P1Y = 2025-02-28), then weeks, days and the time
 * part add exact lengths (a UTC day has no DST). Saturates at `MAX_TIMESTAMP`.
 */
export function addDuration(iso: string, duration: string): string {
  const m = DURATION.exec(duration);
  const start = new Date(iso);
  if (!m) throw new RangeError(`not an ISO 8601 duration: ${duration}`);
  if (Number.isNaN(start.getTime())) throw new RangeError(`not a timestamp: ${iso}`);
  const [years, months, weeks, days, hours, minutes] = m.slice(1, 7).map((part) => Number(part ?? 0));
  const seconds = Number(m[7] ?? 0);
  const totalMonths = start.getUTCFullYear() * 12 + start.getUTCMonth() + years * 12 + months;
  const year = Math.floor(totalMonths / 12);
  const month = totalMonths % 12;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  const timeOfDay =
    start.getTime() - Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  const exact = ((weeks * 7 + days) * 24 + hours) * 3_600_000 + minutes * 60_000 + Math.round(seconds * 1000);
  const ms = Date.UTC(year, month, day) + timeOfDay + exact;
  return ms >= MAX_MS || !Number.isFinite(ms) ? MAX_TIMESTAMP : new Date(ms).toISOString();
}

/**
 * Whether `time` (canonical) lies further ahead of `now` than the clock skew a caller is allowed: an event
 * dated so (`OCCURRED_IN_FUTURE`), or an `asOf` the ledger has not reached.
 */
export function beyondClockSkew(time: string, now: string): boolean {
  return time > addMilliseconds(now, FUTURE_TOLERANCE_MS);
}

/** `iso` (canonical) moved by a number of milliseconds. */
export function addMilliseconds(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString();
}

function offsetMinutes(sign: string, hours: number, minutes: number): number | null {
  if (hours > 23 || minutes > 59) return null;
  return (sign === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}
