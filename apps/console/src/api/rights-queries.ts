import { queryString, subjectPath, type Transport } from './transport';
import type {
  ErasuresDueAnswer,
  NoticesDueAnswer,
  PendingNotificationsAnswer,
  RequestStatus,
  RequestsQueueAnswer,
  SubjectRecipientsAnswer,
  SubjectRequestsAnswer,
} from './wire';

/** The request register, recipients and what is due (contract sections 6 and 7). */
export function rightsQueriesOf({ get }: Transport) {
  return {
    subjectRequests: (subjectId: string) => get<SubjectRequestsAnswer>(subjectPath(subjectId, 'requests')),
    requestsQueue: (status: RequestStatus) =>
      get<RequestsQueueAnswer>(`/v1/requests${queryString({ status })}`),
    subjectRecipients: (subjectId: string) =>
      get<SubjectRecipientsAnswer>(subjectPath(subjectId, 'recipients')),
    pendingNotifications: () => get<PendingNotificationsAnswer>('/v1/notifications?status=pending'),
    erasuresDue: () => get<ErasuresDueAnswer>('/v1/erasures/due'),
    noticesDue: () => get<NoticesDueAnswer>('/v1/notices/due'),
  };
}
