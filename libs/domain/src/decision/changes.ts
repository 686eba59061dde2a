import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent } from '../events';
import { decide } from './decide';
import { BasisRelied, Reason, sameDecision } from './decision';

/** A purpose whose decision an event changed, and the decision it has now. */
export interface PurposeDecisionChange {
  purpose: string;
  permitted: boolean;
  reasons: Reason[];
  basis: BasisRelied | null;
}

/**
 * The purposes whose decision at `at` differs with `event` appended to `before` (the subject's history up to
 * it), each with its new decision, in catalogue order. The same `decide` answers both sides, so a change
 * here is exactly a change a check would show (`sameDecision` says what counts as a change).
 */
export function decisionChanges(
  before: readonly HistoryEvent[],
  event: HistoryEvent,
  purposes: readonly PurposeDefinition[],
  at: string,
): PurposeDecisionChange[] {
  const after = [...before, event];
  const changes: PurposeDecisionChange[] = [];
  for (const purpose of purposes) {
    const now = decide(after, purpose, at);
    if (sameDecision(decide(before, purpose, at), now)) continue;
    changes.push({ purpose: now.purpose, permitted: now.permitted, reasons: now.reasons, basis: now.basis });
  }
  return changes;
}
