/** Canonical times and ids compare as plain strings. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The order of the due lists: due the longest first, then by subject, so equal answers list alike. */
export function bySinceThenSubject(
  a: { since: string; subjectId: string },
  b: { since: string; subjectId: string },
): number {
  return compare(a.since, b.since) || compare(a.subjectId, b.subjectId);
}
