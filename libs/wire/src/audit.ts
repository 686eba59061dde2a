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
  eventCount: number;
  headHash: string | null;
}
