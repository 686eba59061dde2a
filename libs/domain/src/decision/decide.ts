import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { BasisRelied, DecideOptions, Reason, Verdict } from './decision';
import * as reason from './reasons';
import { preferred } from './precedence';
import { Scan } from './scan';

/**
 * May `purpose` be processed for this subject at `at` (contract section 4)? One pure function for live checks
 * and replays alike: one pass over the history (in stream order), plain string comparisons of canonical
 * times, and nothing allocated but the verdict and one small scratch object (`Scan`).
 *
 * Steps, the first that denies answering: erased, restricted, no active basis, objection. Where the contract
 * is silent (see also `Scan` and `precedence.ts`):
 * - A denial gives exactly one reason. Among objections, an upheld one outranks a pending one.
 * - A basis counts by its validity period, not by when it was recorded; one whose legal basis the catalogue
 *   in force no longer allows for the purpose counts for nothing.
 * - An objection decided after `at` (or recorded after `asOf`) is still pending at `at`.
 * - Only a `balancing` purpose's overridden objection adds `OBJECTION_OVERRIDDEN`, once, whichever basis is
 *   relied on; objections to `none` purposes leave no trace, and an absolute one cannot be overridden.
 * - `RESTRICTION_EXEMPT` is added once, resting on the most recent restriction that covers the purpose.
 * - An erasure whose `retain` lists the purpose leaves it to the other steps and adds no reason.
 */
export function decide(
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
  at: string,
  options?: DecideOptions,
): Verdict {
  const found = new Scan(history, purpose, at, options?.asOf, options?.categories);
  if (found.erasure) return denied(purpose, at, reason.erased(found.erasure));
  if (found.restriction) return denied(purpose, at, reason.restricted(found.restriction));
  if (!found.firmBasis && !found.objectableBasis) return denied(purpose, at, noActiveBasis(found));
  if (found.absoluteObjection) return denied(purpose, at, reason.absoluteObjection(found.absoluteObjection));
  const blocked = found.upholding !== undefined || found.pendingObjection !== undefined;
  const basis = blocked ? found.firmBasis : preferred(found.firmBasis, found.objectableBasis);
  if (!basis) return denied(purpose, at, blockingObjection(found));
  const reasons = [reason.basisActive(basis)];
  if (found.overriding) reasons.push(reason.objectionOverridden(found.overriding));
  if (found.exemption) reasons.push(reason.restrictionExempt(found.exemption));
  return { purpose: purpose.id, permitted: true, reasons, basis: relied(basis), at };
}

/** Step 3: why no basis is active, the withdrawn one first, then the expired one. */
function noActiveBasis(found: Scan): Reason {
  if (found.withdrawal) return reason.basisWithdrawn(found.withdrawal);
  if (found.expiry) return reason.basisExpired(found.expiry);
  return reason.noBasis();
}

/** Step 4 for a balancing purpose: the objection that blocks `public-task` and `legitimate-interests`. */
function blockingObjection(found: Scan): Reason {
  if (found.upholding) return reason.objectionUpheld(found.upholding);
  return reason.objectionPending(found.pendingObjection as NonNullable<Scan['pendingObjection']>);
}

function relied(event: Extract<HistoryEvent, { type: 'BasisEstablished' }>): BasisRelied {
  const { basisId, legalBasis, validFrom, validUntil } = event.data;
  const basis: BasisRelied = { basisId, legalBasis, eventId: event.eventId, validFrom };
  if (validUntil !== undefined) basis.validUntil = validUntil;
  return basis;
}

function denied(purpose: PurposeDefinition, at: string, why: Reason): Verdict {
  return { purpose: purpose.id, permitted: false, reasons: [why], basis: null, at };
}
