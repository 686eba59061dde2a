import type { PurposeDefinition } from '@ledger/domain/catalogue/purpose';
import { OBJECTABLE } from '@ledger/domain/decision/objection-block';
import type { Decision } from '../api/wire';
import type { ObjectionFact } from './subject-facts';

/**
 * Why a purpose is permitted although an objection to it is in force (contract section 4, step 4), so that a
 * `Permitted` beside an open objection does not read as a mistake:
 * - `basis`: art. 21(1) reaches only legitimate interests and public task, and the basis relied on is neither;
 * - `none`: art. 21 does not apply to the purpose at all;
 * - `consent-after`: an absolute objection, but the person consented again after it;
 * - `claims-pending`: an objection to a legal-claims purpose stops it only once upheld (art. 18(2)).
 * An overridden objection is not noted: the decision's own reason (`OBJECTION_OVERRIDDEN`) says so.
 */
export type ObjectionNoteKind = 'basis' | 'none' | 'consent-after' | 'claims-pending';

export interface ObjectionNote {
  kind: ObjectionNoteKind;
  objection: ObjectionFact;
}

export function objectionNote(
  decision: Decision,
  objections: readonly ObjectionFact[],
  catalogue: readonly PurposeDefinition[],
): ObjectionNote | null {
  if (!decision.permitted || !decision.basis) return null;
  const objection = objections.find(
    (candidate) => candidate.status !== 'overridden' && candidate.purposes.includes(decision.purpose),
  );
  if (!objection) return null;
  const rule = catalogue.find((purpose) => purpose.id === decision.purpose)?.objection ?? 'none';
  const note = (kind: ObjectionNoteKind) => ({ kind, objection });
  if (rule === 'none') return note('none');
  if (rule === 'absolute') return note('consent-after');
  if (!OBJECTABLE.includes(decision.basis.legalBasis)) return note('basis');
  return rule === 'claims' && objection.status === 'pending' ? note('claims-pending') : null;
}
