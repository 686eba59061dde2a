import type { ErasureExemption, PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { purposesWithActiveBasis, type SubjectFacts } from '../subject-facts';

/** A purpose an erasure concerns, and the art. 17(3) exemption under which it may be kept, if any. */
export interface RetainCandidate {
  purpose: string;
  exemption?: ErasureExemption;
}

/**
 * What an erasure can be, as the API takes it (contract section 5, "Erasure"). The first erasure concerns the
 * purposes with an active basis, of which only those with an exemption can be kept; it names suppression refs
 * while an objection to an `absolute` purpose is in force (`suppressionFor`: those purposes). A later one can
 * only leave out purposes the last one kept.
 */
export type ErasurePlan =
  | { kind: 'first'; candidates: RetainCandidate[]; suppressionFor: string[] }
  | { kind: 'narrow'; candidates: RetainCandidate[] };

/** The erasure the subject can take at `now`; `null` once an erasure kept nothing, so none is left to make. */
export function erasurePlan(
  facts: SubjectFacts,
  catalogue: readonly PurposeDefinition[],
  now: string,
): ErasurePlan | null {
  const candidate = (purpose: string): RetainCandidate => ({
    purpose,
    exemption: catalogue.find((entry) => entry.id === purpose)?.erasureExemption,
  });
  if (facts.erasure) {
    const kept = facts.erasure.data.retain;
    return kept.length === 0 ? null : { kind: 'narrow', candidates: kept.map(candidate) };
  }
  const active = purposesWithActiveBasis(facts.bases, now);
  const objectedTo = new Set(facts.objections.flatMap((objection) => objection.purposes));
  return {
    kind: 'first',
    candidates: catalogue.filter((purpose) => active.has(purpose.id)).map(({ id }) => candidate(id)),
    suppressionFor: catalogue
      .filter((purpose) => purpose.objection === 'absolute' && objectedTo.has(purpose.id))
      .map((purpose) => purpose.id),
  };
}

/** The suppression refs typed one per line: blank lines dropped, each ref once. */
export function suppressionRefsOf(text: string): string[] {
  return [...new Set(text.split('\n').map((line) => line.trim()))].filter((ref) => ref !== '');
}
