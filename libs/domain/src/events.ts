/**
 * The ledger's events (contract section 3). Times are ISO 8601 UTC strings with millisecond precision
 * (`2026-11-24T10:00:00.000Z`); in that fixed form they order correctly as plain strings, which the
 * decision relies on to stay allocation-free.
 */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const WITHDRAWAL_REASONS = [
  'consent-withdrawn',
  'contract-ended',
  'no-longer-necessary',
  'other',
] as const;
export type WithdrawalReason = (typeof WITHDRAWAL_REASONS)[number];

export const OBJECTION_CHANNELS = ['letter', 'email', 'phone', 'web', 'other'] as const;
export type ObjectionChannel = (typeof OBJECTION_CHANNELS)[number];

/** How a privacy statement was given to the person (arts. 13, 14). */
export const NOTICE_CHANNELS = ['letter', 'email', 'phone', 'web', 'in-person', 'other'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** Art. 18(1)(a)-(d). */
export const RESTRICTION_GROUNDS = [
  'accuracy-contested',
  'unlawful-processing',
  'legal-claims',
  'objection-pending',
] as const;
export type RestrictionGround = (typeof RESTRICTION_GROUNDS)[number];

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
  data: { objectionId: string; purposes: string[]; grounds?: PersonalText; channel?: ObjectionChannel };
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
  data: { retain: string[]; note?: PersonalText; suppressionRefs?: string[] };
}

export interface NoticeProvided {
  type: 'NoticeProvided';
  data: { noticeVersion: string; channel: NoticeChannel };
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
  | NoticeProvided;

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
