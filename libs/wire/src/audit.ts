import type { BasisRelied, Reason } from '@ledger/domain/decision/decision';
import type { DecisionCause } from '@ledger/domain/decision/decision-history';
import type { RecordedEvent } from '@ledger/domain/events';

/** `GET /v1/subjects/{subjectId}/events`: personal fields of an erased subject come back as `null`. */
export interface SubjectEventsAnswer {
  subjectId: string;
  /** The last event's revision; `null` for a subject with no events. */
  revision: number | null;
  events: RecordedEvent[];
}

/** `GET /v1/subjects/{subjectId}/verification`: the hash chain recomputed from the stored events. */
export interface VerificationAnswer {
  subjectId: string;
  valid: boolean;
  /** The events read; with `unreadable`, those before the row that could not be. */
  eventCount: number;
  headHash: string | null;
  /** A stored row of the stream that is no longer an event (corrupted or altered): the chain breaks there. */
  unreadable?: { position: string; revision: number | null; detail: string };
}

/**
 * What is wrong where the log breaks, as the store's verification names it (`verifySubjects` in the runtime
 * does not compile when the store finds a problem this does not name).
 */
export type LogProblem =
  | 'position-not-increasing'
  | 'duplicate-event'
  | 'revision-gap'
  | 'revision-out-of-order'
  | 'broken-link'
  | 'hash-mismatch'
  | 'unreadable';

/** A break in the log, naming the stream by its subject (`null` where an unreadable row hides it). */
export interface SubjectLogBreak {
  subjectId: string | null;
  revision: number | null;
  position: string;
  problem: LogProblem;
  detail: string;
}

/** `GET /v1/verification`: every stream's chain and the global log's continuity. */
export interface LogVerificationAnswer {
  valid: boolean;
  streams: number;
  events: number;
  /** The first breaks found; `breakCount` counts them all. */
  breaks: SubjectLogBreak[];
  breakCount: number;
  /** The position of the last event read; `null` for an empty log. */
  headPosition: string | null;
}

/** One change of a purpose's decision: from `at` on, until the next change. */
export interface DecisionHistoryEntry {
  at: string;
  permitted: boolean;
  reasons: Reason[];
  basis: BasisRelied | null;
  /** What changed the decision; `null` for the decision already in force at the window's start. */
  causedBy: DecisionCause | null;
  /** Only when asked for with `explain=en|nl`. */
  explanation?: string;
}

/** `GET /v1/subjects/{subjectId}/history`: every change of one purpose's decision in a window. */
export interface DecisionHistoryAnswer {
  subjectId: string;
  purpose: string;
  from: string | null;
  to: string;
  asOf: string | null;
  changes: DecisionHistoryEntry[];
}
