import { AUTOMATED_DECISION_GROUNDS, PurposeDefinition } from '../catalogue/purpose';
import { Reason } from '../decision/decision';
import { HistoryEvent, LedgerEventType, LegalBasis, RestrictionGround, WithdrawalReason } from '../events';

/**
 * What an explanation may say about a reason: dates and enum values from the event it rests on, never
 * free text (which may hold personal data).
 */
export type DenialFacts =
  | { code: 'ERASED'; on: string }
  | { code: 'RESTRICTED'; since: string; ground: RestrictionGround }
  | { code: 'BASIS_WITHDRAWN'; on: string; reason: WithdrawalReason }
  | { code: 'BASIS_EXPIRED'; on: string; legalBasis: LegalBasis }
  | { code: 'NO_BASIS' }
  | { code: 'OBJECTION_PENDING'; filed: string }
  /** `absolute`: the objection took effect when filed (direct marketing), no decision needed. */
  | { code: 'OBJECTION_UPHELD'; on: string; absolute: boolean }
  | { code: 'CONSENT_REQUIRED'; legalBasis: LegalBasis }
  | { code: 'AUTOMATED_DECISION_NOT_ALLOWED'; legalBasis: LegalBasis; needed: LegalBasis };

/** What a permitted decision adds after the basis it relies on. */
export type RemarkFacts =
  | { code: 'OBJECTION_OVERRIDDEN'; on: string }
  | { code: 'RESTRICTION_EXEMPT'; since: string; ground: RestrictionGround };

export type ReasonFacts = DenialFacts | RemarkFacts;

type Event<T extends LedgerEventType> = Extract<HistoryEvent, { type: T }>;

/** The facts of a reason, read from the event it rests on in the history the verdict was decided on. */
export function factsOf(
  reason: Reason,
  history: readonly HistoryEvent[],
  purpose: PurposeDefinition,
): ReasonFacts {
  if (reason.code === 'NO_BASIS') return { code: 'NO_BASIS' };
  const event = history.find((candidate) => candidate.eventId === reason.eventId);
  if (!event) throw new Error(`the reason ${reason.code} rests on an event not in this history`);
  const of = <T extends LedgerEventType>(type: T): Event<T> => {
    if (event.type !== type)
      throw new Error(`the reason ${reason.code} cannot rest on a ${event.type} event`);
    return event as Event<T>;
  };
  switch (reason.code) {
    case 'ERASED':
      return { code: 'ERASED', on: of('ErasureCompleted').occurredAt };
    case 'RESTRICTED':
    case 'RESTRICTION_EXEMPT':
      return { code: reason.code, since: event.occurredAt, ground: of('RestrictionApplied').data.ground };
    case 'BASIS_WITHDRAWN':
      return { code: 'BASIS_WITHDRAWN', on: event.occurredAt, reason: of('BasisWithdrawn').data.reason };
    case 'BASIS_EXPIRED': {
      const { validUntil, legalBasis } = of('BasisEstablished').data;
      return { code: 'BASIS_EXPIRED', on: validUntil as string, legalBasis };
    }
    case 'OBJECTION_PENDING':
      return { code: 'OBJECTION_PENDING', filed: of('ObjectionFiled').occurredAt };
    case 'OBJECTION_UPHELD':
      return event.type === 'ObjectionFiled'
        ? { code: 'OBJECTION_UPHELD', on: event.occurredAt, absolute: true }
        : { code: 'OBJECTION_UPHELD', on: of('ObjectionUpheld').occurredAt, absolute: false };
    case 'OBJECTION_OVERRIDDEN':
      return { code: 'OBJECTION_OVERRIDDEN', on: of('ObjectionOverridden').occurredAt };
    case 'CONSENT_REQUIRED':
      return { code: 'CONSENT_REQUIRED', legalBasis: of('BasisEstablished').data.legalBasis };
    case 'AUTOMATED_DECISION_NOT_ALLOWED': {
      const ground = purpose.automatedDecisionGround;
      const needed = ground ? AUTOMATED_DECISION_GROUNDS[ground] : 'consent';
      return { code: reason.code, legalBasis: of('BasisEstablished').data.legalBasis, needed };
    }
    case 'BASIS_ACTIVE':
      throw new Error('a permitted decision is explained by its basis, not a reason');
  }
}
