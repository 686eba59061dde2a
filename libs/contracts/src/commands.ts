import type {
  LegalBasis,
  ObjectionChannel,
  RestrictionGround,
  WithdrawalReason,
} from '@ledger/domain/events';

/** What every command answers with `201` (contract section 5). */
export interface CommandAnswer {
  subjectId: string;
  eventId: string;
  type: string;
  /** The subject stream's revision, 0-based. */
  revision: number;
  /** The global log position; a read passing it as `minPosition` sees this write. */
  position: string;
  basisId?: string;
  objectionId?: string;
  restrictionId?: string;
}

/** The answers of the commands that create something name what they created. */
export type BasisEstablishedAnswer = CommandAnswer & { basisId: string };
export type ObjectionFiledAnswer = CommandAnswer & { objectionId: string };
export type RestrictionAppliedAnswer = CommandAnswer & { restrictionId: string };

/** Every command may be back-dated; never more than 5 minutes into the future. */
interface Dated {
  occurredAt?: string;
}

/** `POST /v1/subjects/{subjectId}/bases`. Free-text fields (`evidence`, `note`, ...) may hold personal data. */
export interface EstablishBasisBody extends Dated {
  purpose: string;
  legalBasis: LegalBasis;
  evidence?: string;
  validFrom?: string;
  validUntil?: string;
}

/** `POST /v1/subjects/{subjectId}/bases/{basisId}/withdrawal`. */
export interface WithdrawBasisBody extends Dated {
  reason: WithdrawalReason;
  note?: string;
}

/** `POST /v1/subjects/{subjectId}/objections`. */
export interface FileObjectionBody extends Dated {
  purposes: string[];
  grounds?: string;
  channel?: ObjectionChannel;
}

export const OBJECTION_OUTCOMES = ['upheld', 'overridden'] as const;
export type ObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];

/** `POST /v1/subjects/{subjectId}/objections/{objectionId}/decision`; `motivation` is required when overridden. */
export interface DecideObjectionBody extends Dated {
  outcome: ObjectionOutcome;
  motivation?: string;
}

/** `POST /v1/subjects/{subjectId}/restrictions`; with neither purposes nor categories, everything is restricted. */
export interface ApplyRestrictionBody extends Dated {
  ground: RestrictionGround;
  purposes?: string[];
  dataCategories?: string[];
  note?: string;
}

/** `POST /v1/subjects/{subjectId}/restrictions/{restrictionId}/lifting`. */
export interface LiftRestrictionBody extends Dated {
  reason: string;
}

/** `POST /v1/subjects/{subjectId}/erasure`. */
export interface CompleteErasureBody extends Dated {
  retain?: string[];
  note?: string;
}
