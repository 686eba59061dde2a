import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent, LegalBasis } from '../events';
import { Reason } from './decision';
import * as reason from './reasons';
import { Scan } from './scan';

type Established = Extract<HistoryEvent, { type: 'BasisEstablished' }>;

/** The bases art. 21(1) lets a person object to. */
export const OBJECTABLE: readonly LegalBasis[] = ['legitimate-interests', 'public-task'];

/**
 * Step 4: whether the objections in force block a basis, by the purpose's objection rule.
 * - `absolute` (art. 21(3), 21(6)): every basis, once filed, but a consent given after it: a person who
 *   objected to direct marketing may opt in again.
 * - `balancing` (art. 21(1)): legitimate-interests and public-task bases while undecided or once upheld; an
 *   overridden objection no longer blocks.
 * - `claims` (art. 21(1), last limb; 18(2) lets legal claims go on meanwhile): those bases only once upheld.
 * - `none`: nothing; no basis of such a purpose is one art. 21 applies to.
 */
export function blocks(found: Scan, purpose: PurposeDefinition, basis: Established): boolean {
  switch (purpose.objection) {
    case 'absolute': {
      const objection = found.absoluteObjection;
      return (
        objection !== undefined &&
        !(basis.data.legalBasis === 'consent' && basis.occurredAt > objection.occurredAt)
      );
    }
    case 'balancing':
      return objectable(basis) && (found.upholding !== undefined || found.pendingObjection !== undefined);
    case 'claims':
      return objectable(basis) && found.upholding !== undefined;
    case 'none':
      return false;
  }
}

/** Why every active basis is blocked: an upheld objection outranks a pending one. */
export function blockingObjection(found: Scan): Reason {
  if (found.absoluteObjection) return reason.absoluteObjection(found.absoluteObjection);
  if (found.upholding) return reason.objectionUpheld(found.upholding);
  return reason.objectionPending(found.pendingObjection as NonNullable<Scan['pendingObjection']>);
}

function objectable(basis: Established): boolean {
  return OBJECTABLE.includes(basis.data.legalBasis);
}
