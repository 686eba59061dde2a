import type { ObjectionChannel } from '@ledger/domain/events';

/** An objection the DPO has not decided yet, with the date by which art. 12(3) wants an answer. */
export interface OpenObjection {
  subjectId: string;
  objectionId: string;
  purposes: string[];
  occurredAt: string;
  recordedAt: string;
  deadline: string;
  channel?: ObjectionChannel;
}

/** A page of `GET /v1/objections?status=pending` (contract section 5): oldest first. */
export interface ObjectionsQueueAnswer {
  position: string;
  objections: OpenObjection[];
  /** When more objections follow: the `after` that asks for the next page. */
  next?: string;
}
