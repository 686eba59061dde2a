import { refuse, Refusal } from '../refusal';
import { RequestState, SubjectState } from '../state/subject-state';
import { notFound } from './rules';

/** The request a step names; `requestFound` has made sure it is on the subject. */
export function requestOf(state: SubjectState, requestId: string): RequestState {
  return state.requests.get(requestId) as RequestState;
}

/** 404 NOT_FOUND: the request the step names is not on this subject. */
export function requestFound(state: SubjectState, { requestId }: { requestId: string }): Refusal | undefined {
  return notFound('request', state.requests.has(requestId));
}

/** When the request was received: no step of it is dated before. */
export function requestReceivedAt(state: SubjectState, { requestId }: { requestId: string }): string {
  return requestOf(state, requestId).receivedAt;
}

/** 409 ALREADY_COMPLETED: a completed request takes no further identity check, extension or answer. */
export function alreadyCompleted(
  state: SubjectState,
  { requestId }: { requestId: string },
): Refusal | undefined {
  return requestOf(state, requestId).completed
    ? refuse('ALREADY_COMPLETED', 'the request has already been completed')
    : undefined;
}
