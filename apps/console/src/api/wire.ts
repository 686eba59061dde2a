import type { PurposeCatalogue } from '@ledger/domain/catalogue/purpose';
import type { Verdict } from '@ledger/domain/decision/decision';
import type { Actor, ObjectionChannel, RecordedEvent } from '@ledger/domain/events';

/** What the `/v1` API answers (contract section 5, and the console's two additions: `/v1/me`, `/v1/objections`). */
export type { Actor, PurposeCatalogue, RecordedEvent };

export type Decision = Verdict & { subjectId: string; position: string };

export interface SubjectDecisions {
  subjectId: string;
  position: string;
  decisions: Decision[];
}

export interface SubjectEvents {
  subjectId: string;
  revision: number | null;
  events: RecordedEvent[];
}

export interface ChainVerification {
  subjectId: string;
  valid: boolean;
  eventCount: number;
  headHash: string | null;
}

export interface OpenObjection {
  subjectId: string;
  objectionId: string;
  purposes: string[];
  occurredAt: string;
  recordedAt: string;
  deadline: string;
  channel?: ObjectionChannel;
}

export interface ObjectionsQueue {
  position: string;
  objections: OpenObjection[];
}

export interface CommandAnswer {
  subjectId: string;
  eventId: string;
  type: string;
  revision: number;
  position: string;
}

/** A moment to look at: now, what the ledger knew then (`asOf`), or today's knowledge applied then (`at`). */
export type Moment = { kind: 'now' } | { kind: 'asOf' | 'at'; time: string };
