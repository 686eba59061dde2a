import { LegalBasis } from '../events';

export type ReasonCode =
  | 'ERASED'
  | 'RESTRICTED'
  | 'BASIS_WITHDRAWN'
  | 'BASIS_EXPIRED'
  | 'NO_BASIS'
  | 'OBJECTION_PENDING'
  | 'OBJECTION_UPHELD'
  | 'CONSENT_REQUIRED'
  | 'AUTOMATED_DECISION_NOT_ALLOWED'
  | 'BASIS_ACTIVE'
  | 'OBJECTION_OVERRIDDEN'
  | 'RESTRICTION_EXEMPT';

export interface Reason {
  code: ReasonCode;
  /** The event the reason rests on; absent for `NO_BASIS`. */
  eventId?: string;
  message: string;
}

/** The basis a permitted decision relies on. */
export interface BasisRelied {
  basisId: string;
  legalBasis: LegalBasis;
  eventId: string;
  validFrom: string;
  validUntil?: string;
}

/** What `decide` answers; the edge adds `subjectId` and `position`. */
export interface Verdict {
  purpose: string;
  permitted: boolean;
  reasons: Reason[];
  basis: BasisRelied | null;
  at: string;
}

export interface DecideOptions {
  /** Only events recorded at or before this time count ("what the ledger knew then"). */
  asOf?: string;
  /** The data categories the caller will process; left out (or empty), all the purpose's categories. */
  categories?: readonly string[];
}

/**
 * Whether two verdicts are the same decision: permitted or not, on the same basis, for reasons resting on the
 * same events. Reason messages derive from those events, so they need no comparing of their own.
 */
export function sameDecision(a: Verdict, b: Verdict): boolean {
  return (
    a.permitted === b.permitted &&
    a.basis?.eventId === b.basis?.eventId &&
    a.reasons.length === b.reasons.length &&
    a.reasons.every(
      (reason, i) => reason.code === b.reasons[i].code && reason.eventId === b.reasons[i].eventId,
    )
  );
}
