import { decide, explain, HistoryEvent, Language, PurposeDefinition } from '@ledger/domain';
import { Decision } from '@ledger/wire';

export interface DecisionRequest {
  subjectId: string;
  purpose: PurposeDefinition;
  at: string;
  asOf?: string;
  categories?: readonly string[];
  /** Add a plain-language explanation in this language. */
  explain?: Language;
}

/** A decision before it is given as an answer: exports and replays carry no `decisionId`. */
export type DecisionContent = Omit<Decision, 'decisionId'>;

/**
 * One decision as the ledger gives it, from the subject's history: `decide`, the edge's fields, and the
 * explanation when one is asked for. Live checks, exports and the operator CLI all decide through here; live
 * checks with a `VerdictMemo`'s `decide`, which answers as `decide` does.
 */
export function decisionFor(
  history: readonly HistoryEvent[],
  request: DecisionRequest,
  position: string,
  decideBy: typeof decide = decide,
): DecisionContent {
  const { subjectId, purpose, at, asOf, categories } = request;
  const verdict = decideBy(history, purpose, at, { asOf, categories });
  // Spelled out rather than spread: a batch builds a thousand of these.
  const { permitted, reasons, basis } = verdict;
  const decision: DecisionContent = {
    subjectId,
    purpose: verdict.purpose,
    permitted,
    reasons,
    basis,
    at: verdict.at,
    position,
  };
  if (request.explain) decision.explanation = explain(verdict, purpose, request.explain, history);
  return decision;
}
