import { SealingScope } from '@ledger/domain';

const PERIOD = /^period:(0|[1-9][0-9]*)$/;
const PURPOSE = /^purpose:([a-z0-9-]+)$/;

/** A scope as it is written in a sealed value and in its key id: `period:<n>` or `purpose:<purpose id>`. */
export function scopeText(scope: SealingScope): string {
  return 'period' in scope ? `period:${scope.period}` : `purpose:${scope.purpose}`;
}

/** The scope `scopeText` wrote, or `null` for text it cannot have written. */
export function scopeOfText(text: string): SealingScope | null {
  const period = PERIOD.exec(text);
  if (period) return { period: Number(period[1]) };
  const purpose = PURPOSE.exec(text);
  return purpose ? { purpose: purpose[1] } : null;
}

/**
 * The id under which the store keeps the data key of a subject's scope. Period 0 keeps the subject id, the
 * one key every subject had before scopes existed, so what was sealed then still opens and the erasures
 * recorded then destroyed the right key. Every other scope is `<subjectId>/<scope>`: a subject id has no `/`
 * (contract section 1), so no subject's own key can ever take it.
 */
export function dataKeyId(subjectId: string, scope: SealingScope): string {
  return 'period' in scope && scope.period === 0 ? subjectId : `${subjectId}/${scopeText(scope)}`;
}
