import { LedgerEventType, LegalBasis, Right } from '../events';

/** A basis as the command side needs it: which purpose it supports and whether it is still standing. */
export interface BasisState {
  purpose: string;
  legalBasis: LegalBasis;
  withdrawn: boolean;
  /** When it was established: nothing is done to it before. */
  occurredAt: string;
}

/** An objection: the purposes it names, whether the DPO has upheld or overridden it, whether it was withdrawn. */
export interface ObjectionState {
  purposes: readonly string[];
  decided: boolean;
  withdrawn: boolean;
  /** When it was filed. */
  occurredAt: string;
}

/** A restriction and what it covers: neither purposes nor categories means everything. */
export interface RestrictionState {
  purposes?: readonly string[];
  dataCategories?: readonly string[];
  lifted: boolean;
  /** When it was applied. */
  occurredAt: string;
}

/** A data-subject request and how far it has come (contract section 6). */
export interface RequestState {
  right: Right;
  receivedAt: string;
  identityVerified: boolean;
  extended: boolean;
  completed: boolean;
}

/** What went to a recipient, and when (contract section 7). */
export interface DisclosureState {
  recipientId: string;
  dataCategories: readonly string[];
  occurredAt: string;
}

/**
 * A restriction, erasure or rectification that art. 19 may oblige the controller to tell recipients of, and
 * what it concerns: `everything`, or purposes and data categories.
 */
export interface NotifiableState {
  type: Extract<LedgerEventType, 'RestrictionApplied' | 'ErasureCompleted' | 'RectificationRecorded'>;
  occurredAt: string;
  everything: boolean;
  purposes: readonly string[];
  dataCategories: readonly string[];
}

/**
 * What the commands need to know about one subject's stream. Times appear only as when each thing happened,
 * which no command acting on it may precede: whether a fact holds at some moment is the decision's question
 * (`decide`), not the command side's.
 */
export interface SubjectState {
  /** The revision of the stream's last event; -1 for a subject with no events. */
  revision: number;
  /** The purposes the latest erasure kept (art. 17(3)); `null` while the subject is not erased. */
  retained: readonly string[] | null;
  /** How many erasures were recorded: each one ends a period whose free text had a key of its own. */
  erasures: number;
  /** By `basisId`. */
  bases: ReadonlyMap<string, BasisState>;
  /** By `objectionId`. */
  objections: ReadonlyMap<string, ObjectionState>;
  /** By `restrictionId`. */
  restrictions: ReadonlyMap<string, RestrictionState>;
  /** By `requestId`. */
  requests: ReadonlyMap<string, RequestState>;
  /** In stream order. */
  disclosures: readonly DisclosureState[];
  /** By the `eventId` of the restriction, erasure or rectification. */
  notifiable: ReadonlyMap<string, NotifiableState>;
  /** The (event, recipient) pairs told, as `eventId recipientId`. */
  notified: ReadonlySet<string>;
}

export function initialSubjectState(): SubjectState {
  return {
    revision: -1,
    retained: null,
    erasures: 0,
    bases: new Map(),
    objections: new Map(),
    restrictions: new Map(),
    requests: new Map(),
    disclosures: [],
    notifiable: new Map(),
    notified: new Set(),
  };
}

/** The key of an (event, recipient) pair in `notified`. */
export function notificationKey(eventId: string, recipientId: string): string {
  return `${eventId} ${recipientId}`;
}

export function isErased(state: SubjectState): boolean {
  return state.retained !== null;
}
