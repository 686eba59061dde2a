import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { fittingBases } from './basis-fit';
import { BasisRelied, DecideOptions, Reason, Verdict } from './decision';
import { blockingObjection, blocks } from './objection-block';
import { preferredOf } from './precedence';
import * as reason from './reasons';
import { Scan } from './scan';
import { standingBases } from './standing-bases';

/**
 * May `purpose` be processed for this subject at `at` (contract section 4)? One pure function for live checks
 * and replays alike: one pass over the history (in stream order) with plain string comparisons of canonical
 * times, then the steps in order, the first that denies answering with one reason:
 * 1. erased (art. 17): the latest erasure by `at` does not keep the purpose;
 * 2. restricted (art. 18): a restriction in force covers it, and it may not continue under one;
 * 3. no basis (art. 6(1)): none is active, or none counts after consent ended (`standingBases`);
 * 4. objection (art. 21): the objections in force block every basis left (`blocks`);
 * 5. basis fit: no basis left fits a check that needs consent, or a solely automated decision (`fittingBases`).
 * Otherwise permitted on the basis first in the preference order, with the overridden objection and the
 * restriction it continues under as further reasons. Where the contract is silent (see also `Scan` and
 * `precedence.ts`): an objection decided after `at` (or recorded after `asOf`) is still pending at `at`; an
 * overridden objection adds `OBJECTION_OVERRIDDEN` once, whichever basis is relied on; `RESTRICTION_EXEMPT` rests
 * on the most recent restriction that covers the purpose.
 */
export function decide(
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
  at: string,
  options?: DecideOptions,
): Verdict {
  // A check that names no categories asks about all of them; an empty list must never answer more.
  const categories = options?.categories?.length ? options.categories : undefined;
  const found = new Scan(history, purpose, at, options?.asOf, categories);
  if (found.erasure && !found.erasure.data.retain.includes(purpose.id)) {
    return denied(purpose, at, reason.erased(found.erasure));
  }
  if (found.restriction) return denied(purpose, at, reason.restricted(found.restriction));
  const standing = standingBases(found);
  if (standing.length === 0) return denied(purpose, at, noActiveBasis(found));
  const unblocked = standing.filter((basis) => !blocks(found, purpose, basis));
  if (unblocked.length === 0) return denied(purpose, at, blockingObjection(found));
  const fitting = fittingBases(purpose, categories, unblocked);
  if (!Array.isArray(fitting)) return denied(purpose, at, fitting as Reason);
  const basis = preferredOf(fitting);
  const reasons = [reason.basisActive(basis)];
  if (found.overriding) reasons.push(reason.objectionOverridden(found.overriding));
  if (found.exemption) reasons.push(reason.restrictionExempt(found.exemption));
  return { purpose: purpose.id, permitted: true, reasons, basis: relied(basis), at };
}

/**
 * Step 3: why no basis counts. The withdrawn one first, then the expired one; when the consent's end is what
 * keeps an active basis from counting, the consent's withdrawal (or expiry) is cited.
 */
function noActiveBasis(found: Scan): Reason {
  const swapRefused = found.active.length > 0;
  const withdrawal = (swapRefused && found.consentWithdrawal) || found.withdrawal;
  if (withdrawal) return reason.basisWithdrawn(withdrawal);
  const expiry = (swapRefused && found.consentExpiry) || found.expiry;
  if (expiry) return reason.basisExpired(expiry);
  return reason.noBasis();
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
