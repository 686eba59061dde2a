import { CatalogueIndex } from '../catalogue/catalogue-index';
import { FieldError, isRefusal, refuse, Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { addMilliseconds, FUTURE_TOLERANCE_MS, normalizeTimestamp } from '../time';

/**
 * The rules every command shares. Each answers the refusal it stands for, or `undefined` when the command
 * passes it, so a handler chains them with `??` in the contract's order and the first failure wins.
 * Details never repeat what the caller sent: free text may hold personal data, and ids need not be echoed.
 */

/**
 * The command's times in canonical UTC form. The edge has checked them already; the domain normalises again
 * because every comparison it makes later is a plain string comparison of canonical times.
 */
export function canonicalTimes<K extends string>(
  times: Partial<Record<K, string>>,
): Partial<Record<K, string>> | Refusal {
  const result: Partial<Record<K, string>> = {};
  for (const field of Object.keys(times) as K[]) {
    const value = times[field];
    if (value === undefined) continue;
    const canonical = normalizeTimestamp(value);
    if (canonical === null) {
      return refuse('VALIDATION_FAILED', `${field} is not an ISO 8601 date-time with a zone`, [
        { field, message: 'must be an ISO 8601 date-time with a zone, e.g. 2026-11-24T10:00:00.000Z' },
      ]);
    }
    result[field] = canonical;
  }
  return result;
}

/** When the command's event happened: its `occurredAt` in canonical form, or `now` when it gives none. */
export function occurredAtOf(command: { occurredAt?: string }, now: string): string | Refusal {
  const times = canonicalTimes({ occurredAt: command.occurredAt });
  return isRefusal(times) ? times : (times.occurredAt ?? now);
}

/** 400 UNKNOWN_PURPOSE: every purpose a body names must be in the catalogue in force. */
export function unknownPurposes(catalogue: CatalogueIndex, ids: string | readonly string[], field: string) {
  const faults = unknownIn(ids, (id) => catalogue.has(id), field, 'is not a purpose in the catalogue');
  return faults.length
    ? refuse('UNKNOWN_PURPOSE', `${faults[0].field} ${faults[0].message}`, faults)
    : undefined;
}

/** 400 UNKNOWN_CATEGORY: a restriction may only name data categories some purpose uses. */
export function unknownCategories(catalogue: CatalogueIndex, categories: readonly string[], field: string) {
  const faults = unknownIn(
    categories,
    (c) => catalogue.hasCategory(c),
    field,
    'is not a data category in the catalogue',
  );
  return faults.length
    ? refuse('UNKNOWN_CATEGORY', `${faults[0].field} ${faults[0].message}`, faults)
    : undefined;
}

/** 404 NOT_FOUND: a basis, objection or restriction id that is not on this subject. */
export function notFound(thing: 'basis' | 'objection' | 'restriction', exists: boolean): Refusal | undefined {
  return exists ? undefined : refuse('NOT_FOUND', `no ${thing} with this id on this subject`);
}

/** 409 SUBJECT_ERASED: nothing more is written to an erased subject; a returning person gets a new subjectId. */
export function subjectErased(state: SubjectState): Refusal | undefined {
  return state.erased
    ? refuse('SUBJECT_ERASED', 'the subject has been erased; nothing more is written to it')
    : undefined;
}

/** 409 WRONG_EXPECTED_REVISION: `If-Match` names a revision the stream is no longer (or not yet) at. */
export function wrongExpectedRevision(
  state: SubjectState,
  expected: number | undefined,
): Refusal | undefined {
  if (expected === undefined || expected === state.revision) return undefined;
  return refuse(
    'WRONG_EXPECTED_REVISION',
    `expected revision ${expected}, the subject is at ${state.revision}`,
  );
}

/** 422 OCCURRED_IN_FUTURE: an event may be back-dated freely but dated at most 5 minutes ahead of now. */
export function occurredInFuture(occurredAt: string, now: string): Refusal | undefined {
  if (occurredAt <= addMilliseconds(now, FUTURE_TOLERANCE_MS)) return undefined;
  return refuse('OCCURRED_IN_FUTURE', 'occurredAt is more than 5 minutes in the future', [
    { field: 'occurredAt', message: 'must not be more than 5 minutes after now' },
  ]);
}

/** The object without its `undefined` members: events carry absent optional fields as absent, never undefined. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The faults of one field (`purpose`) or of each item of a list field (`purposes[1]`). */
function unknownIn(
  values: string | readonly string[],
  known: (value: string) => boolean,
  field: string,
  message: string,
): FieldError[] {
  if (typeof values === 'string') return known(values) ? [] : [{ field, message }];
  return values.flatMap((value, i) => (known(value) ? [] : [{ field: `${field}[${i}]`, message }]));
}
