import type { PurposeDecisionChange } from '@ledger/domain/decision/changes';
import type { LedgerEventType } from '@ledger/domain/events';

/**
 * One message of `GET /v1/changes` (Server-Sent Events; the message's `data`, with `position` as its `id`).
 * Every appended event gets one, in log order, even when it changed no decision, so a consumer's last id
 * always moves on. `changes` lists the purposes whose decision the event changed, each with the decision it
 * has now, both sides evaluated at `at`, the event's `recordedAt`. Decisions that change by time alone
 * (a basis expiring, one dated to begin later) have no event, and no message. Each connection first sends a
 * named event, `event: position`, whose id is the position it starts after, so a client that started at the
 * live tail resumes from there; `onmessage` handlers never see it.
 */
export interface ChangeMessage {
  position: string;
  subjectId: string;
  eventId: string;
  type: LedgerEventType;
  at: string;
  changes: PurposeDecisionChange[];
}

/** The query of `GET /v1/changes`; a `Last-Event-ID` header, sent on reconnecting, takes precedence. */
export interface ChangesQuery {
  /** Start after this position (`0`: from the first event); default: the live tail. */
  from?: string;
  /** A token of `POST /v1/changes/tokens`, in place of the `Authorization` header. */
  token?: string;
}

/**
 * The answer of `POST /v1/changes/tokens`: a token that opens `GET /v1/changes?token=…` (and nothing else)
 * for the key that asked, until `expiresAt`; for clients that cannot send a header, such as a browser's
 * `EventSource`.
 */
export interface ChangesToken {
  token: string;
  expiresAt: string;
}
