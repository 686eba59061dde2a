import { HistoryEvent, LedgerEventType, LegalBasis } from '../events';
import { Reason } from './decision';

/**
 * The reasons a decision gives, each with the event it rests on and a short English message. Messages quote
 * dates and enum values only, never free text, which may hold personal data.
 */
type Event<T extends LedgerEventType> = Extract<HistoryEvent, { type: T }>;

export function erased(event: Event<'ErasureCompleted'>): Reason {
  return { code: 'ERASED', eventId: event.eventId, message: `erasure completed ${day(event.occurredAt)}` };
}

export function restricted(event: Event<'RestrictionApplied'>): Reason {
  const message = `processing restricted since ${day(event.occurredAt)} (${event.data.ground})`;
  return { code: 'RESTRICTED', eventId: event.eventId, message };
}

export function basisWithdrawn(event: Event<'BasisWithdrawn'>): Reason {
  const message = `basis withdrawn ${day(event.occurredAt)} (${event.data.reason})`;
  return { code: 'BASIS_WITHDRAWN', eventId: event.eventId, message };
}

export function basisExpired(event: Event<'BasisEstablished'>): Reason {
  const message = `basis expired ${day(event.data.validUntil as string)}`;
  return { code: 'BASIS_EXPIRED', eventId: event.eventId, message };
}

export function noBasis(): Reason {
  return { code: 'NO_BASIS', message: 'no basis for this purpose' };
}

export function objectionPending(event: Event<'ObjectionFiled'>): Reason {
  const message = `objection filed ${day(event.occurredAt)}, not yet decided`;
  return { code: 'OBJECTION_PENDING', eventId: event.eventId, message };
}

export function objectionUpheld(event: Event<'ObjectionUpheld'>): Reason {
  return {
    code: 'OBJECTION_UPHELD',
    eventId: event.eventId,
    message: `objection upheld ${day(event.occurredAt)}`,
  };
}

/** Objection to an `absolute` purpose (direct marketing, art. 21(3)) takes effect when it is filed. */
export function absoluteObjection(event: Event<'ObjectionFiled'>): Reason {
  const message = `objection filed ${day(event.occurredAt)}; objection to this purpose is absolute`;
  return { code: 'OBJECTION_UPHELD', eventId: event.eventId, message };
}

/** Step 5: the check needs consent (Telecommunicatiewet art. 11.7), and no consent basis is left. */
export function consentRequired(event: Event<'BasisEstablished'>): Reason {
  const message = `consent is required for this processing; the ${event.data.legalBasis} basis does not cover it`;
  return { code: 'CONSENT_REQUIRED', eventId: event.eventId, message };
}

/** Step 5: a solely automated decision (art. 22(2)) rests only on the basis its ground names. */
export function automatedDecisionNotAllowed(event: Event<'BasisEstablished'>, needed: LegalBasis): Reason {
  const message = `solely automated decisions need a ${needed} basis; the ${event.data.legalBasis} basis does not allow them`;
  return { code: 'AUTOMATED_DECISION_NOT_ALLOWED', eventId: event.eventId, message };
}

export function basisActive(event: Event<'BasisEstablished'>): Reason {
  const { legalBasis, validFrom, validUntil } = event.data;
  const until = validUntil === undefined ? '' : ` until ${day(validUntil)}`;
  return {
    code: 'BASIS_ACTIVE',
    eventId: event.eventId,
    message: `${legalBasis} basis valid from ${day(validFrom)}${until}`,
  };
}

export function objectionOverridden(event: Event<'ObjectionOverridden'>): Reason {
  const message = `objection overridden ${day(event.occurredAt)}`;
  return { code: 'OBJECTION_OVERRIDDEN', eventId: event.eventId, message };
}

export function restrictionExempt(event: Event<'RestrictionApplied'>): Reason {
  const message = `restricted since ${day(event.occurredAt)}, but this purpose may continue under restriction`;
  return { code: 'RESTRICTION_EXEMPT', eventId: event.eventId, message };
}

function day(time: string): string {
  return time.slice(0, 10);
}
