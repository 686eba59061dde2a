import { PurposeDefinition } from '../catalogue/purpose';
import { HistoryEvent, LedgerEventType } from '../events';
import { decide } from './decide';
import { BasisRelied, Reason, sameDecision, Verdict } from './decision';

/** What changed the decision: an event, when it occurred, or a basis's validity period starting or ending. */
export type DecisionCause =
  | { eventId: string; type: LedgerEventType }
  | { validity: 'basis-started' | 'basis-expired'; basisId: string; eventId: string };

/** The decision from `at` on, until the next change. */
export interface DecisionChange {
  at: string;
  permitted: boolean;
  reasons: Reason[];
  basis: BasisRelied | null;
  /** `null` for the decision already in force at the start of the window. */
  causedBy: DecisionCause | null;
}

export interface HistoryWindow {
  /** Start of the window (inclusive); left out, the history starts with the subject's first event. */
  from?: string;
  /** End of the window (inclusive). */
  to: string;
  /** Only events recorded at or before this time exist ("what the ledger knew then"). */
  asOf?: string;
}

interface Moment {
  at: string;
  causes: DecisionCause[];
}

/**
 * Every change of the decision on one purpose, in world time: `decide` (the very function of live checks)
 * is evaluated at each moment something could change it (an event occurring, a basis's `validFrom` or
 * `validUntil`), and a moment is listed when the answer differs from the one before: permitted or not, the
 * basis relied on, or the reasons (codes and the events they rest on). The decision cannot change between
 * two such moments, so the list is complete.
 *
 * Back-dated events count from when they occurred, as the ledger knows them now (or at `asOf`): the history
 * answers "when was processing allowed", not "what did the ledger answer at the time" (that is `asOf`).
 */
export function decisionHistory(
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
  window: HistoryWindow,
): DecisionChange[] {
  const { from, to, asOf } = window;
  const options = { asOf };
  const changes: DecisionChange[] = [];
  let previous: Verdict = decide([], purpose, from ?? to);
  if (from !== undefined) {
    previous = decide(history, purpose, from, options);
    changes.push(changeOf(previous, null));
  }
  for (const { at, causes } of momentsOf(history, purpose, asOf)) {
    if ((from !== undefined && at <= from) || at > to) continue;
    const verdict = decide(history, purpose, at, options);
    if (sameDecision(previous, verdict)) continue;
    changes.push(changeOf(verdict, causeOf(causes, verdict, history, purpose)));
    previous = verdict;
  }
  return changes;
}

/** The moments the decision on `purpose` can change, in time order, each with what happens then. */
function momentsOf(history: readonly HistoryEvent[], purpose: PurposeDefinition, asOf?: string): Moment[] {
  const byTime = new Map<string, DecisionCause[]>();
  const add = (at: string, cause: DecisionCause) => byTime.set(at, [...(byTime.get(at) ?? []), cause]);
  for (const event of history) {
    if (asOf !== undefined && event.recordedAt > asOf) continue;
    const { eventId, type } = event;
    if (type !== 'BasisEstablished') {
      add(event.occurredAt, { eventId, type });
      continue;
    }
    // A basis counts by its validity period alone, whenever it was recorded.
    if (event.data.purpose !== purpose.id) continue;
    const { basisId, validFrom, validUntil } = event.data;
    add(
      validFrom,
      validFrom === event.occurredAt ? { eventId, type } : { validity: 'basis-started', basisId, eventId },
    );
    if (validUntil !== undefined) add(validUntil, { validity: 'basis-expired', basisId, eventId });
  }
  return [...byTime.entries()]
    .map(([at, causes]) => ({ at, causes }))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Which of the things happening at one moment changed the decision: one the new decision rests on, else
 * the first that concerns the purpose, else the first.
 */
function causeOf(
  causes: readonly DecisionCause[],
  verdict: Verdict,
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
): DecisionCause {
  const restsOn = new Set([...verdict.reasons.map((reason) => reason.eventId), verdict.basis?.eventId]);
  return (
    causes.find((cause) => restsOn.has(cause.eventId)) ??
    causes.find((cause) => concerns(cause, history, purpose)) ??
    causes[0]
  );
}

function concerns(
  cause: DecisionCause,
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
): boolean {
  if ('validity' in cause) return true;
  const event = history.find((candidate) => candidate.eventId === cause.eventId) as HistoryEvent;
  switch (event.type) {
    case 'BasisEstablished':
    case 'BasisWithdrawn':
      return event.data.purpose === purpose.id;
    case 'ObjectionFiled':
      return event.data.purposes.includes(purpose.id);
    case 'ObjectionUpheld':
    case 'ObjectionOverridden':
    case 'ObjectionWithdrawn': {
      const { objectionId } = event.data;
      return history.some(
        (filed) =>
          filed.type === 'ObjectionFiled' &&
          filed.data.objectionId === objectionId &&
          filed.data.purposes.includes(purpose.id),
      );
    }
    case 'NoticeProvided':
      return false;
    default:
      return true;
  }
}

function changeOf(verdict: Verdict, causedBy: DecisionCause | null): DecisionChange {
  const { at, permitted, reasons, basis } = verdict;
  return { at, permitted, reasons, basis, causedBy };
}
