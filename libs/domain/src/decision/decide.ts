import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { BasisRelied, DecideOptions, Reason, Verdict } from './decision';
import * as reason from './reasons';
import { preferred, Scan, scan } from './scan';

/**
 * May `purpose` be processed for this subject at `at` (contract section 4)? One pure function for live checks
 * and replays alike: one pass over the history (in stream order), plain string comparisons of canonical
 * times, no allocation but the verdict.
 *
 * Steps, the first that denies answering: erased, restricted, no active basis, objection. Where the contract
 * is silent:
 * - A denial gives exactly one reason. Among objections, an upheld one outranks a pending one.
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
  const found = scan(new Scan(), history, purpose, at, options?.asOf, options?.categories);
  if (found.erasure) return denied(purpose, at, reason.erased(found.erasure));
  if (found.restriction) return denied(purpose, at, reason.restricted(found.restriction));
  if (!found.firmBasis && !found.objectableBasis) return denied(purpose, at, noActiveBasis(found));
  if (found.absoluteObjection) return denied(purpose, at, reason.absoluteObjection(found.absoluteObjection));
  const blocking = blockingObjection(found);
  const basis = blocking ? found.firmBasis : preferred(found.firmBasis, found.objectableBasis);
  if (!basis) return denied(purpose, at, blocking as Reason);
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
function blockingObjection(found: Scan): Reason | undefined {
  if (found.upholding) return reason.objectionUpheld(found.upholding);
  if (found.pendingObjection) return reason.objectionPending(found.pendingObjection);
  return undefined;
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
