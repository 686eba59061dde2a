import { ContactChannel, HistoryEvent, RequestOutcome, Right } from '../events';
import { extendedDeadline, responseDeadline } from './response-deadline';

/** A data-subject request as the register answers it (contract section 6); `null` where not yet. */
export interface RequestView {
  requestId: string;
  right: Right;
  channel: ContactChannel | null;
  receivedAt: string;
  identityVerifiedAt: string | null;
  deadline: string;
  extendedUntil: string | null;
  completedAt: string | null;
  outcome: RequestOutcome | null;
  /** Not completed, and `now` is past the extended deadline, or else the deadline. */
  overdue: boolean;
}

/**
 * The subject's requests, oldest first, with their art. 12(3) deadlines at `now`. An identity verified more
 * than once counts from the first verification; the deadline never moves for it.
 */
export function requestRegister(history: readonly HistoryEvent[], now: string): RequestView[] {
  const requests = new Map<string, Omit<RequestView, 'overdue'>>();
  for (const event of history) {
    if (event.type === 'RequestReceived') {
      const { requestId, right, channel } = event.data;
      requests.set(requestId, {
        requestId,
        right,
        channel: channel ?? null,
        receivedAt: event.occurredAt,
        identityVerifiedAt: null,
        deadline: responseDeadline(event.occurredAt),
        extendedUntil: null,
        completedAt: null,
        outcome: null,
      });
      continue;
    }
    const request = 'requestId' in event.data ? requests.get(event.data.requestId as string) : undefined;
    if (request === undefined) continue;
    if (event.type === 'IdentityVerified') request.identityVerifiedAt ??= event.occurredAt;
    else if (event.type === 'RequestExtended') request.extendedUntil = extendedDeadline(request.receivedAt);
    else if (event.type === 'RequestCompleted') {
      request.completedAt = event.occurredAt;
      request.outcome = event.data.outcome;
    }
  }
  return [...requests.values()]
    .map((request) => ({ ...request, overdue: isOverdue(request, now) }))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
}

function isOverdue(request: Omit<RequestView, 'overdue'>, now: string): boolean {
  return request.completedAt === null && now > (request.extendedUntil ?? request.deadline);
}
