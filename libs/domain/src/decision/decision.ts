import { LegalBasis } from '../events';

export type ReasonCode =
  | 'ERASED'
  | 'RESTRICTED'
  | 'BASIS_WITHDRAWN'
  | 'BASIS_EXPIRED'
  | 'NO_BASIS'
  | 'OBJECTION_PENDING'
  | 'OBJECTION_UPHELD'
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
  /** The data categories the caller will process; a restriction by category covers only these. */
  categories?: readonly string[];
}
