import { CatalogueIndex } from '../catalogue/catalogue-index';
import { FieldError, isRefusal, refuse, Refusal } from '../refusal';
import { Right } from '../events';
import { SubjectState } from '../state/subject-state';
import { beyondClockSkew, normalizeTimestamp, TIMESTAMP_FORM } from '../time';

/**
 * The rules several commands share. Each answers the refusal it stands for, or `undefined` when the command
 * passes it, so rules chain with `??` in the contract's order and the first failure wins. Details never repeat
 * what the caller sent: free text may hold personal data, and ids need not be echoed.
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
      return refuse('VALIDATION_FAILED', `${field} is not ${TIMESTAMP_FORM}`, [
        { field, message: `must be ${TIMESTAMP_FORM}` },
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

/** The reading of a command that needs nothing but when it happened: the command, and that time. */
export function parseOccurredAt<C extends { occurredAt?: string }>(
  command: C,
  context: { now: string },
): { command: C; occurredAt: string } | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  return isRefusal(occurredAt) ? occurredAt : { command, occurredAt };
}

/**
 * 400 VALIDATION_FAILED: lists that name the same thing twice. A repeated purpose or category would ask or
 * record nothing more, and is more likely a caller's slip than meant. Every repeat of every list given is named
 * in one refusal, so a caller mends them in one go.
 */
export function repeated(lists: Record<string, readonly string[] | undefined>): Refusal | undefined {
  const faults = Object.entries(lists).flatMap(([field, values = []]) =>
    values.flatMap((value, i) =>
      values.indexOf(value) === i
        ? []
        : [{ field: `${field}[${i}]`, message: 'repeats an earlier entry of the list' }],
    ),
  );
  return faults.length
    ? refuse('VALIDATION_FAILED', `${faults[0].field} ${faults[0].message}`, faults)
    : undefined;
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

/** 400 UNKNOWN_NOTICE: a privacy-statement version must be among the catalogue's notices. */
export function unknownNotice(catalogue: CatalogueIndex, version: string | undefined): Refusal | undefined {
  if (version === undefined || catalogue.notice(version)) return undefined;
  const fault = { field: 'noticeVersion', message: 'is not a notice version in the catalogue' };
  return refuse('UNKNOWN_NOTICE', `${fault.field} ${fault.message}`, [fault]);
}

/**
 * 422 NOTICE_NOT_APPLICABLE (art. 7(1)): a person can only have been shown a statement published by then,
 * and, for a purpose, one that carries its text.
 */
export function noticeNotApplicable(
  catalogue: CatalogueIndex,
  version: string | undefined,
  occurredAt: string,
  purpose?: string,
): Refusal | undefined {
  const notice = version === undefined ? undefined : catalogue.notice(version);
  if (notice === undefined) return undefined;
  const message =
    notice.publishedAt > occurredAt
      ? 'was published after the event occurred'
      : purpose !== undefined && !notice.purposes.includes(purpose)
        ? 'does not cover this purpose'
        : undefined;
  return message === undefined
    ? undefined
    : refuse('NOTICE_NOT_APPLICABLE', `noticeVersion ${message}`, [{ field: 'noticeVersion', message }]);
}

/** 400 UNKNOWN_RECIPIENT: a recipient must be among the catalogue's recipients. */
export function unknownRecipient(catalogue: CatalogueIndex, recipientId: string): Refusal | undefined {
  if (catalogue.recipient(recipientId)) return undefined;
  const fault = { field: 'recipientId', message: 'is not a recipient in the catalogue' };
  return refuse('UNKNOWN_RECIPIENT', `${fault.field} ${fault.message}`, [fault]);
}

/** 400 VALIDATION_FAILED: a list that must name at least one thing. */
export function emptyList(values: readonly string[], field: string): Refusal | undefined {
  if (values.length > 0) return undefined;
  return refuse('VALIDATION_FAILED', `${field} must not be empty`, [{ field, message: 'must not be empty' }]);
}

/** 404 NOT_FOUND: a basis, objection, restriction or request id that is not on this subject. */
export function notFound(
  thing: 'basis' | 'objection' | 'restriction' | 'request',
  exists: boolean,
): Refusal | undefined {
  return exists ? undefined : refuse('NOT_FOUND', `no ${thing} with this id on this subject`);
}

/**
 * The request a command says it answers (contract section 6): 404 NOT_FOUND when the subject has no such
 * request; 422 REQUEST_MISMATCH (from `requestMismatch`) when it asked for another right.
 */
export function linkedRequestMissing(
  state: SubjectState,
  requestId: string | undefined,
): Refusal | undefined {
  return requestId === undefined ? undefined : notFound('request', state.requests.has(requestId));
}

export function requestMismatch(
  state: SubjectState,
  requestId: string | undefined,
  right: Right,
): Refusal | undefined {
  const request = requestId === undefined ? undefined : state.requests.get(requestId);
  if (request === undefined || request.right === right) return undefined;
  return refuse('REQUEST_MISMATCH', `the request is for ${request.right}, not ${right}`, [
    { field: 'requestId', message: `must name a request for ${right}` },
  ]);
}

/** 409 SUBJECT_ERASED: an erased subject takes only what concerns the purposes its erasure kept. */
export function refuseErased(): Refusal {
  return refuse(
    'SUBJECT_ERASED',
    'the subject has been erased; it takes only what concerns the purposes its erasure kept',
  );
}

/**
 * Whether everything named concerns only purposes the erasure kept (art. 17(3) data is still personal data, and
 * arts. 15-21 apply to it). Nothing named concerns nothing, so it is not "only retained" unless asked so.
 */
export function onlyRetained(state: SubjectState, purposes: readonly string[]): boolean {
  const retained = state.retained ?? [];
  return purposes.length > 0 && purposes.every((purpose) => retained.includes(purpose));
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

/**
 * 422 OCCURRED_BEFORE_TARGET: a withdrawal, decision, lifting, request step or notification is not dated before
 * the basis, objection, restriction, request or event it acts on. Dated so, it would end a period before the
 * period began, and the history in world time (what held when) would lose the period altogether (art. 5(1)(d),
 * 5(2)). Back-dating is otherwise free.
 */
export function occurredBeforeTarget(occurredAt: string, since: string | undefined): Refusal | undefined {
  if (since === undefined || occurredAt >= since) return undefined;
  return refuse(
    'OCCURRED_BEFORE_TARGET',
    `occurredAt is before what the command acts on happened (${since})`,
    [{ field: 'occurredAt', message: `must not be before ${since}` }],
  );
}

/** 422 OCCURRED_IN_FUTURE: an event may be back-dated freely but dated at most 5 minutes ahead of now. */
export function occurredInFuture(occurredAt: string, now: string): Refusal | undefined {
  if (!beyondClockSkew(occurredAt, now)) return undefined;
  return refuse('OCCURRED_IN_FUTURE', 'occurredAt is more than 5 minutes in the future', [
    { field: 'occurredAt', message: 'must not be more than 5 minutes after now' },
  ]);
}

/** True when a free-text field is absent or holds only white space. */
export function blank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
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
