import { normalizeTimestamp } from '@ledger/domain';
import { SUBJECT_ID } from '@ledger/runtime';
import { CATEGORIES_TEXT_MAX, CATEGORY_LIST_MAX, ID_MAX_LENGTH, MAX_CHECKS, POSITION } from './limits';

/**
 * The fast acceptors of the permission requests (see `AcceptsFast`): the shapes the DTOs describe, checked by
 * hand. Anything unusual (a null, an unknown key, a bad value) is left to class-validator.
 */
type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const onlyKeys = (value: Plain, allowed: ReadonlySet<string>) =>
  Object.keys(value).every((key) => allowed.has(key));

const TIME_TRAVEL = ['at', 'asOf', 'minPosition'];
const QUERY_KEYS = new Set([...TIME_TRAVEL, 'categories']);
const BATCH_KEYS = new Set([...TIME_TRAVEL, 'checks']);
const CHECK_KEYS = new Set(['subjectId', 'purpose', 'categories']);

/** Copies `at`, `asOf` (brought to canonical form) and `minPosition` onto `target`; false if one is not plainly valid. */
function timeTravel(source: Plain, target: Plain): boolean {
  for (const field of ['at', 'asOf']) {
    const value = source[field];
    if (value === undefined) continue;
    const canonical = typeof value === 'string' ? normalizeTimestamp(value) : null;
    if (canonical === null) return false;
    target[field] = canonical;
  }
  const position = source.minPosition;
  if (position === undefined) return true;
  if (typeof position !== 'string' || !POSITION.test(position)) return false;
  target.minPosition = position;
  return true;
}

export function plainlyValidQuery<T extends object>(value: unknown, make: () => T): T | undefined {
  if (!isPlainObject(value) || !onlyKeys(value, QUERY_KEYS)) return undefined;
  const query = make() as Plain;
  if (!timeTravel(value, query)) return undefined;
  const { categories } = value;
  if (categories !== undefined) {
    if (typeof categories !== 'string' || categories.length > CATEGORIES_TEXT_MAX) return undefined;
    query.categories = categories;
  }
  return query as T;
}

export function plainlyValidBatch<T extends object, C extends object>(
  value: unknown,
  make: () => T,
  makeCheck: () => C,
): T | undefined {
  if (!isPlainObject(value) || !onlyKeys(value, BATCH_KEYS)) return undefined;
  const { checks } = value;
  if (!Array.isArray(checks) || checks.length < 1 || checks.length > MAX_CHECKS) return undefined;
  const batch = make() as Plain;
  if (!timeTravel(value, batch)) return undefined;
  const accepted: C[] = new Array(checks.length);
  for (let i = 0; i < checks.length; i++) {
    const check = plainlyValidCheck(checks[i], makeCheck);
    if (check === undefined) return undefined;
    accepted[i] = check;
  }
  batch.checks = accepted;
  return batch as T;
}

function plainlyValidCheck<C extends object>(value: unknown, make: () => C): C | undefined {
  if (!isPlainObject(value) || !onlyKeys(value, CHECK_KEYS)) return undefined;
  const { subjectId, purpose, categories } = value;
  if (typeof subjectId !== 'string' || !SUBJECT_ID.test(subjectId)) return undefined;
  if (typeof purpose !== 'string' || purpose.length > ID_MAX_LENGTH) return undefined;
  const check = make() as Plain;
  check.subjectId = subjectId;
  check.purpose = purpose;
  if (categories !== undefined) {
    if (!Array.isArray(categories) || categories.length > CATEGORY_LIST_MAX) return undefined;
    if (!categories.every((category) => typeof category === 'string')) return undefined;
    check.categories = categories;
  }
  return check as C;
}
