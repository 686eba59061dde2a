import type {
  ContactChannel,
  IdentityMethod,
  LegalBasis,
  NotificationOutcome,
  ObjectionChannel,
  RequestOutcome,
  RequestRefusalGround,
  RestrictionGround,
  Right,
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
  requestId?: string;
  rectificationId?: string;
  disclosureId?: string;
  /** For an objection: the purposes it names that art. 21 does not apply to (objection rule `none`). */
  notApplicable?: string[];
}

/** The answers of the commands that create something name what they created. */
export type BasisEstablishedAnswer = CommandAnswer & { basisId: string };
export type ObjectionFiledAnswer = CommandAnswer & { objectionId: string };
export type RestrictionAppliedAnswer = CommandAnswer & { restrictionId: string };
export type RequestReceivedAnswer = CommandAnswer & { requestId: string };
export type RectificationRecordedAnswer = CommandAnswer & { rectificationId: string };
export type DataDisclosedAnswer = CommandAnswer & { disclosureId: string };

/** Every command may be back-dated; never more than 5 minutes into the future. */
interface Dated {
  occurredAt?: string;
}

/** `POST /v1/subjects/{subjectId}/bases`. Free-text fields (`evidence`, `note`, ...) may hold personal data. */
export interface EstablishBasisBody extends Dated {
  purpose: string;
  legalBasis: LegalBasis;
  /** The contract, balancing test or consent receipt: required for every basis but a legal obligation. */
  evidence?: string;
  /** The version of the privacy statement the person was shown; required for consent. */
  noticeVersion?: string;
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
  /** The data-subject request (right `objection`) this objection answers. */
  requestId?: string;
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
  requestId?: string;
}

/** `POST /v1/subjects/{subjectId}/restrictions/{restrictionId}/lifting`; the person is told first (art. 18(3)). */
export interface LiftRestrictionBody extends Dated {
  reason: string;
  subjectInformedAt: string;
}

/** `POST /v1/subjects/{subjectId}/erasure`. */
export interface CompleteErasureBody extends Dated {
  /** Purposes kept under an art. 17(3) exemption. */
  retain?: string[];
  note?: string;
  requestId?: string;
  /** Identifiers by which a direct-marketing opt-out is remembered after the erasure (art. 21(3)). */
  suppressionRefs?: string[];
}

/** `POST /v1/subjects/{subjectId}/objections/{objectionId}/withdrawal`. */
export interface WithdrawObjectionBody extends Dated {
  evidence: string;
  note?: string;
}

/** `POST /v1/subjects/{subjectId}/notices`: the person was given this version of the privacy statement. */
export interface ProvideNoticeBody extends Dated {
  noticeVersion: string;
  channel: ContactChannel;
}

/** `POST /v1/subjects/{subjectId}/requests`; `occurredAt` is when it was received. */
export interface ReceiveRequestBody extends Dated {
  right: Right;
  channel?: ContactChannel;
  note?: string;
}

/** `POST /v1/subjects/{subjectId}/requests/{requestId}/identity`. */
export interface VerifyIdentityBody extends Dated {
  method: IdentityMethod;
  /** Required for `no-reasonable-doubt` and `other`. */
  note?: string;
}

/** `POST /v1/subjects/{subjectId}/requests/{requestId}/extension`. */
export interface ExtendRequestBody extends Dated {
  reason: string;
}

/** `POST /v1/subjects/{subjectId}/requests/{requestId}/completion`. */
export interface CompleteRequestBody extends Dated {
  outcome: RequestOutcome;
  refusalGround?: RequestRefusalGround;
  motivation?: string;
  remediesInformed?: boolean;
}

/** `POST /v1/subjects/{subjectId}/rectifications`. */
export interface RecordRectificationBody extends Dated {
  dataCategories: string[];
  note?: string;
  requestId?: string;
}

/** `POST /v1/subjects/{subjectId}/disclosures`. */
export interface RecordDisclosureBody extends Dated {
  recipientId: string;
  recipientRef?: string;
  purpose: string;
  dataCategories: string[];
}

/** `POST /v1/subjects/{subjectId}/notifications`; `about` is the `eventId` of a restriction, erasure or rectification. */
export interface NotifyRecipientBody extends Dated {
  about: string;
  recipientId: string;
  outcome?: NotificationOutcome;
  channel?: ContactChannel;
  note?: string;
}
