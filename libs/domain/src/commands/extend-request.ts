import { refuse, Refusal } from '../refusal';
import { extendedDeadline, responseDeadline } from '../rights/response-deadline';
import { RequestState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { alreadyCompleted, requestFound, requestReceivedAt, requestOf } from './request-steps';
import { parseOccurredAt } from './rules';

type ExtendRequest = CommandOf<'ExtendRequest'>;

/**
 * Art. 12(3): the deadline may be extended once by two further months, where the request is complex or there
 * are many, and the person told so within the first month. The extension runs to three months after receipt.
 */
export const extendRequest: CommandRules<ExtendRequest, { command: ExtendRequest; occurredAt: string }> = {
  parse: parseOccurredAt,
  target: requestFound,
  since: requestReceivedAt,
  afterErasure: () => true,
  conflict: (state, command) =>
    alreadyCompleted(state, command) ?? alreadyExtended(requestOf(state, command.requestId)),
  checks: ({ command, occurredAt }, state) =>
    extensionTooLate(requestOf(state, command.requestId), occurredAt),
  event: ({ command }, state) => ({
    type: 'RequestExtended',
    data: {
      requestId: command.requestId,
      reason: command.reason,
      extendedUntil: extendedDeadline(requestOf(state, command.requestId).receivedAt),
    },
  }),
};

/** 409 ALREADY_EXTENDED: art. 12(3) allows one extension. */
function alreadyExtended(request: RequestState): Refusal | undefined {
  return request.extended ? refuse('ALREADY_EXTENDED', 'the request has already been extended') : undefined;
}

/** 422 EXTENSION_TOO_LATE: the person must hear of an extension within the first month. */
function extensionTooLate(request: RequestState, occurredAt: string): Refusal | undefined {
  if (occurredAt <= responseDeadline(request.receivedAt)) return undefined;
  return refuse('EXTENSION_TOO_LATE', 'an extension must be recorded on or before the deadline', [
    { field: 'occurredAt', message: 'must be on or before the deadline, one month after receipt' },
  ]);
}
