import {
  DecisionChange,
  decisionHistory,
  explain,
  HistoryEvent,
  HistoryWindow,
  Language,
  PurposeDefinition,
} from '@ledger/domain';

/** One change of a purpose's decision, with its explanation when one was asked for. */
export type ExplainedChange = DecisionChange & { explanation?: string };

/**
 * Every change of the decision on `purpose` in `window` (`decisionHistory`), each explained in `language`
 * when given: `GET /v1/subjects/{id}/history` and `ledger history` answer through here.
 */
export function explainedHistory(
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
  window: HistoryWindow,
  language: Language | undefined,
): ExplainedChange[] {
  const changes = decisionHistory(history, purpose, window);
  if (!language) return changes;
  return changes.map((change) => ({
    ...change,
    explanation: explain({ ...change, purpose: purpose.id }, purpose, language, history),
  }));
}
