import {
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
} from './vocabulary';

/**
 * The ledger's events (contract section 3). Times are ISO 8601 UTC strings with millisecond precision
 * (`2026-11-24T10:00:00.000Z`); in that fixed form they order correctly as plain strings, which the
 * decision relies on to stay allocation-free.
 */
export * from './vocabulary';

/**
 * Free-text fields that may hold personal data. They are the only fields an erasure makes unreadable;
 * in a read-back event they are `null` once the key that sealed them is gone.
 */
export const PERSONAL_FIELDS: Readonly<Record<LedgerEventType, readonly string[]>> = {
  BasisEstablished: ['evidence'],
  BasisWithdrawn: ['note'],
  ObjectionFiled: ['grounds'],
  ObjectionUpheld: ['motivation'],
  ObjectionOverridden: ['motivation'],
  ObjectionWithdrawn: ['evidence', 'note'],
  RestrictionApplied: ['note'],
  RestrictionLifted: ['reason'],
  ErasureCompleted: ['note'],
  NoticeProvided: [],
  RequestReceived: ['note'],
  IdentityVerified: ['note'],
  RequestExtended: ['reason'],
  RequestCompleted: ['motivation'],
  RectificationRecorded: ['note'],
  DataDisclosed: ['recipientRef'],
  RecipientNotified: ['note'],
};

/** A personal free-text field: a string, absent, or `null` when erasure has made it unreadable. */
export type PersonalText = string | null;

export interface BasisEstablished {
  type: 'BasisEstablished';
  data: {
    basisId: string;
    purpose: string;
    legalBasis: LegalBasis;
    evidence?: PersonalText;
    /** The version of the privacy statement the person was shown (art. 7(1)); required for consent. */
    noticeVersion?: string;
    validFrom: string;
    validUntil?: string;
  };
}

export interface BasisWithdrawn {
  type: 'BasisWithdrawn';
  data: { basisId: string; purpose: string; reason: WithdrawalReason; note?: PersonalText };
}

export interface ObjectionFiled {
  type: 'ObjectionFiled';
  data: {
    objectionId: string;
    purposes: string[];
    grounds?: PersonalText;
    channel?: ObjectionChannel;
    /** The data-subject request this objection answers (contract section 6). */
    requestId?: string;
  };
}

export interface ObjectionUpheld {
  type: 'ObjectionUpheld';
  data: { objectionId: string; motivation?: PersonalText };
}

export interface ObjectionOverridden {
  type: 'ObjectionOverridden';
  data: { objectionId: string; motivation: PersonalText };
}

/** The person took their objection back; `evidence` is what shows they did. */
export interface ObjectionWithdrawn {
  type: 'ObjectionWithdrawn';
  data: { objectionId: string; evidence: PersonalText; note?: PersonalText };
}

export interface RestrictionApplied {
  type: 'RestrictionApplied';
  data: {
    restrictionId: string;
    ground: RestrictionGround;
    purposes?: string[];
    dataCategories?: string[];
    note?: PersonalText;
    requestId?: string;
  };
}

export interface RestrictionLifted {
  type: 'RestrictionLifted';
  /** `subjectInformedAt`: when the person was told (art. 18(3)); absent on liftings recorded before it was asked. */
  data: { restrictionId: string; reason: PersonalText; subjectInformedAt?: string };
}

export interface ErasureCompleted {
  type: 'ErasureCompleted';
  /**
   * `retain`: the purposes kept under an art. 17(3) exemption. `suppressionRefs`: opaque identifiers (a keyed
   * hash of an e-mail address, say) by which a direct-marketing opt-out is remembered; never shredded.
   */
  data: { retain: string[]; note?: PersonalText; suppressionRefs?: string[]; requestId?: string };
}

export interface NoticeProvided {
  type: 'NoticeProvided';
  data: { noticeVersion: string; channel: ContactChannel };
}

/** A data-subject request as it arrived (contract section 6); the deadline runs from its `occurredAt`. */
export interface RequestReceived {
  type: 'RequestReceived';
  data: { requestId: string; right: Right; channel?: ContactChannel; note?: PersonalText };
}

export interface IdentityVerified {
  type: 'IdentityVerified';
  data: { requestId: string; method: IdentityMethod; note?: PersonalText };
}

/** Art. 12(3): the one extension by two further months, recorded before the first month ends. */
export interface RequestExtended {
  type: 'RequestExtended';
  data: { requestId: string; reason: PersonalText; extendedUntil: string };
}

export interface RequestCompleted {
  type: 'RequestCompleted';
  data: {
    requestId: string;
    outcome: RequestOutcome;
    refusalGround?: RequestRefusalGround;
    motivation?: PersonalText;
    /** Art. 12(4): the person was told of the complaint to the authority and the courts. */
    remediesInformed?: boolean;
  };
}

/** Art. 16: the data categories were corrected where the data lives; the ledger holds no such data. */
export interface RectificationRecorded {
  type: 'RectificationRecorded';
  data: { rectificationId: string; dataCategories: string[]; note?: PersonalText; requestId?: string };
}

/** What went to whom (contract section 7), whether or not the decision would have permitted it. */
export interface DataDisclosed {
  type: 'DataDisclosed';
  data: {
    disclosureId: string;
    recipientId: string;
    recipientRef?: PersonalText;
    purpose: string;
    dataCategories: string[];
  };
}

/** Art. 19: a recipient was told of a restriction, erasure or rectification (`about`), or could not be. */
export interface RecipientNotified {
  type: 'RecipientNotified';
  data: {
    about: string;
    recipientId: string;
    outcome: NotificationOutcome;
    channel?: ContactChannel;
    note?: PersonalText;
  };
}

/** What a command decides to append: the event's type and data, before the ledger gives it an identity. */
export type LedgerEventBody =
  | BasisEstablished
  | BasisWithdrawn
  | ObjectionFiled
  | ObjectionUpheld
  | ObjectionOverridden
  | ObjectionWithdrawn
  | RestrictionApplied
  | RestrictionLifted
  | ErasureCompleted
  | NoticeProvided
  | RequestReceived
  | IdentityVerified
  | RequestExtended
  | RequestCompleted
  | RectificationRecorded
  | DataDisclosed
  | RecipientNotified;

export type LedgerEventType = LedgerEventBody['type'];

/** The key name and role of the API key that wrote an event. */
export interface Actor {
  name: string;
  role: string;
}

/** The part of a recorded event the decision needs: what happened, when, and when the ledger learnt it. */
export type HistoryEvent = LedgerEventBody & {
  eventId: string;
  occurredAt: string;
  recordedAt: string;
};

/** An event as the ledger recorded it (contract section 3). */
export type RecordedEvent = HistoryEvent & {
  subjectId: string;
  revision: number;
  position: string;
  actor: Actor;
  prevHash: string;
  hash: string;
};
