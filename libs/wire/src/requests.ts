import type { RequestView } from '@ledger/domain/rights/request-register';

/** A data-subject request as the register answers it (contract section 6). */
export type DataSubjectRequest = RequestView & { subjectId: string };

/** `GET /v1/subjects/{subjectId}/requests`: oldest first. */
export interface SubjectRequestsAnswer {
  subjectId: string;
  requests: DataSubjectRequest[];
}

export const REQUEST_STATUSES = ['open', 'overdue'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** `GET /v1/requests?status=open|overdue`: every subject's, earliest deadline first. */
export interface RequestsQueueAnswer {
  position: string;
  requests: DataSubjectRequest[];
}
