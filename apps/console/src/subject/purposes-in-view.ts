import type { HistoryEvent } from '@ledger/domain/events';
import type { Decision } from '../api/wire';

/** The purposes some event of the subject names: a basis, an objection, a restriction, a retention, a disclosure. */
export function purposesNamed(events: readonly HistoryEvent[]): Set<string> {
  const named = new Set<string>();
  for (const event of events) {
    switch (event.type) {
      case 'BasisEstablished':
      case 'BasisWithdrawn':
      case 'DataDisclosed':
        named.add(event.data.purpose);
        break;
      case 'ObjectionFiled':
        event.data.purposes.forEach((purpose) => named.add(purpose));
        break;
      case 'RestrictionApplied':
        event.data.purposes?.forEach((purpose) => named.add(purpose));
        break;
      case 'ErasureCompleted':
        event.data.retain.forEach((purpose) => named.add(purpose));
        break;
    }
  }
  return named;
}

/**
 * Whether a decision is folded away until asked for: its purpose is named by no event. A role that cannot read
 * the events (`named` null) folds what a purpose without events is answered: refused for want of a basis.
 */
export function isFolded(decision: Decision, named: ReadonlySet<string> | null): boolean {
  if (named) return !named.has(decision.purpose);
  return !decision.permitted && decision.reasons.every((reason) => reason.code === 'NO_BASIS');
}
