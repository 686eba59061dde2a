import { AUTOMATED_DECISION_GROUNDS, PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { Reason } from './decision';
import { preferredOf } from './precedence';
import * as reason from './reasons';

type Established = Extract<HistoryEvent, { type: 'BasisEstablished' }>;

/**
 * Step 5: the bases left that fit what the check asks. A check under the purpose's `consentRequiredFor` (it
 * names one of those categories, or names none, so all) fits only consent (Telecommunicatiewet art. 11.7:
 * e-mail and telephone marketing need prior consent). A purpose that takes solely automated decisions fits
 * only the basis its art. 22(2) ground names. Answers the fitting bases, or why none fits.
 */
export function fittingBases(
  purpose: PurposeDefinition,
  categories: readonly string[] | undefined,
  bases: readonly Established[],
): readonly Established[] | Reason {
  let fitting = bases;
  if (consentRequired(purpose, categories)) {
    fitting = fitting.filter((basis) => basis.data.legalBasis === 'consent');
    if (fitting.length === 0) return reason.consentRequired(preferredOf(bases));
  }
  if (purpose.solelyAutomatedDecisions && purpose.automatedDecisionGround) {
    const needed = AUTOMATED_DECISION_GROUNDS[purpose.automatedDecisionGround];
    const allowed = fitting.filter((basis) => basis.data.legalBasis === needed);
    if (allowed.length === 0) return reason.automatedDecisionNotAllowed(preferredOf(fitting), needed);
    fitting = allowed;
  }
  return fitting;
}

function consentRequired(purpose: PurposeDefinition, categories: readonly string[] | undefined): boolean {
  const required = purpose.consentRequiredFor;
  if (required === undefined || required.length === 0) return false;
  return categories === undefined || categories.some((category) => required.includes(category));
}
