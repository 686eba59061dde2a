import type { Verdict } from '@ledger/domain/decision/decision';

/** The most checks one `POST /v1/permissions/check` takes; the client splits larger runs into batches of it. */
export const MAX_CHECKS = 1000;

/**
 * A decision as the API answers it (contract section 5). `decisionId` is not in the contract, which is silent
 * on it: it names this one answer, so the decision log can prove it and a caller can quote it.
 */
export interface Decision extends Verdict {
  subjectId: string;
  /** The read side's position the answer was computed at: everything up to it was seen. */
  position: string;
  decisionId: string;
  /** A plain-language explanation, only when asked for with `explain=en|nl`. */
  explanation?: string;
}

/** One question of a batch: may `purpose` be processed for `subjectId`, using only `categories` if named? */
export interface PermissionCheck {
  subjectId: string;
  purpose: string;
  categories?: readonly string[];
}

/** When to decide, and from what the ledger knew when; shared by every permission question. */
export interface TimeTravel {
  /** Evaluate the decision at this time (default: now, or `asOf` when given). */
  at?: string;
  /** See only events recorded at or before this time. */
  asOf?: string;
  /** Answer only once the read side has applied this position (`503 NOT_CAUGHT_UP` after 5 s). */
  minPosition?: string;
}

/** The query string of `GET /v1/subjects/{id}/permissions[/{purpose}]`. */
export interface PermissionQuery extends TimeTravel {
  /** Comma-separated data categories the caller will process. */
  categories?: string;
}

/** The body of `POST /v1/permissions/check`. */
export interface CheckBatchRequest extends TimeTravel {
  checks: readonly PermissionCheck[];
}

/** The answer of `POST /v1/permissions/check`: one decision per check, in order. */
export interface CheckBatchAnswer {
  position: string;
  results: Decision[];
}

/** The answer of `GET /v1/subjects/{id}/permissions`: a decision for every purpose of the catalogue. */
export interface SubjectPermissions {
  subjectId: string;
  position: string;
  decisions: Decision[];
}
