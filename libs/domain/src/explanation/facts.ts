import { HistoryEvent, RestrictionGround, WithdrawalReason } from '../events';
import { Reason } from '../decision/decision';

/**
 * What an explanation may say about a reason: dates and enum values from the event it rests on, never
 * free text (which may hold personal data).
 */
export type DenialFacts =
  | { code: 'ERASED'; on: string }
  | { code: 'RESTRICTED'; since: string; ground: RestrictionGround }
  | { code: 'BASIS_WITHDRAWN'; on: string; reason: WithdrawalReason }
  | { code: 'BASIS_EXPIRED'; on: string }
  | { code: 'NO_BASIS' }
  | { code: 'OBJECTION_PENDING'; filed: string }
  /** `absolute`: the objection took effect when filed (direct marketing), no decision needed. */
  | { code: 'OBJECTION_UPHELD'; on: string; absolute: boolean };

/** What a permitted decision adds after the basis it relies on. */
export type RemarkFacts =
  | { code: 'OBJECTION_OVERRIDDEN'; on: string }
  | { code: 'RESTRICTION_EXEMPT'; since: string; ground: RestrictionGround };

export type ReasonFacts = DenialFacts | RemarkFacts;

/** The facts of a reason, read from the event it rests on in the history the verdict was decided on. */
export function factsOf(reason: Reason, history: readonly HistoryEvent[]): ReasonFacts {
  if (reason.code === 'NO_BASIS') return { code: 'NO_BASIS' };
  const event = history.find((candidate) => candidate.eventId === reason.eventId);
  if (!event) throw new Error(`the reason ${reason.code} rests on an event not in this history`);
  switch (event.type) {
    case 'ErasureCompleted':
      return { code: 'ERASED', on: event.occurredAt };
    case 'RestrictionApplied': {
      const code = reason.code === 'RESTRICTED' ? 'RESTRICTED' : 'RESTRICTION_EXEMPT';
      return { code, since: event.occurredAt, ground: event.data.ground };
    }
    case 'BasisWithdrawn':
      return { code: 'BASIS_WITHDRAWN', on: event.occurredAt, reason: event.data.reason };
    case 'BasisEstablished':
      return { code: 'BASIS_EXPIRED', on: event.data.validUntil as string };
    case 'ObjectionFiled':
      return reason.code === 'OBJECTION_PENDING'
        ? { code: 'OBJECTION_PENDING', filed: event.occurredAt }
        : { code: 'OBJECTION_UPHELD', on: event.occurredAt, absolute: true };
    case 'ObjectionUpheld':
      return { code: 'OBJECTION_UPHELD', on: event.occurredAt, absolute: false };
    case 'ObjectionOverridden':
      return { code: 'OBJECTION_OVERRIDDEN', on: event.occurredAt };
    default:
      throw new Error(`no reason rests on a ${event.type} event`);
  }
}
