import { Language, PurposeDefinition } from '@ledger/domain';
import { StoredEvent } from '@ledger/event-store';
import { toHistoryEvent } from '../projection/to-history-event';
import { DecisionContent, decisionFor } from './decision';

/** When to decide: at `at`, from what was recorded by `asOf` when given. */
export interface DecisionMoment {
  at: string;
  asOf?: string;
  explain?: Language;
}

/**
 * The decisions on `purposes` from a subject's stream as the store holds it, not as a read side does: for
 * replays and exports, whose answers must not depend on how far a process has caught up. Their position is
 * that of the stream's last event ("0" for none).
 */
export function streamDecisions(
  subjectId: string,
  stream: readonly StoredEvent[],
  purposes: readonly PurposeDefinition[],
  moment: DecisionMoment,
): DecisionContent[] {
  const history = stream.map(toHistoryEvent);
  const position = stream[stream.length - 1]?.position ?? '0';
  return purposes.map((purpose) => decisionFor(history, { subjectId, purpose, ...moment }, position));
}
