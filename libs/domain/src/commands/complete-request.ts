import { Right } from '../events';
import { refuse, Refusal } from '../refusal';
import { RequestState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { alreadyCompleted, requestFound, requestReceivedAt, requestOf } from './request-steps';
import { blank, parseOccurredAt, withoutUndefined } from './rules';

type CompleteRequest = CommandOf<'CompleteRequest'>;

/** Rights whose grant discloses or changes data: granted only once the requester is known (art. 12(6)). */
export const DISCLOSING: readonly Right[] = [
  'access',
  'portability',
  'explanation',
  'rectification',
  'erasure',
];

/**
 * The answer to a request (art. 12(3), (4), (5)). A refusal names its ground; anything short of a full grant
 * is motivated and tells the person of their remedies: the complaint to the authority and the courts.
 */
export const completeRequest: CommandRules<
  CompleteRequest,
  { command: CompleteRequest; occurredAt: string }
> = {
  parse: (command, context) => groundFault(command) ?? parseOccurredAt(command, context),
  target: requestFound,
  since: requestReceivedAt,
  afterErasure: () => true,
  conflict: alreadyCompleted,
  checks: ({ command }, state) =>
    identityNotVerified(command, requestOf(state, command.requestId)) ??
    motivationRequired(command) ??
    remediesNotInformed(command),
  event: ({ command: { requestId, outcome, refusalGround, motivation, remediesInformed } }) => ({
    type: 'RequestCompleted',
    data: withoutUndefined({ requestId, outcome, refusalGround, motivation, remediesInformed }),
  }),
};

/** 400 VALIDATION_FAILED: a refusal names its ground (art. 12(5)), and only a refusal has one. */
function groundFault({ outcome, refusalGround }: CompleteRequest): Refusal | undefined {
  if ((outcome === 'refused') === (refusalGround !== undefined)) return undefined;
  const message = outcome === 'refused' ? 'is required when the request is refused' : 'is only for a refusal';
  return refuse('VALIDATION_FAILED', `refusalGround ${message}`, [{ field: 'refusalGround', message }]);
}

/**
 * 422 IDENTITY_NOT_VERIFIED (art. 12(6)): data is disclosed or changed only for the person it is about. A
 * proportionate check is enough, "no reasonable doubt" included.
 */
function identityNotVerified(command: CompleteRequest, request: RequestState): Refusal | undefined {
  if (command.outcome === 'refused' || !DISCLOSING.includes(request.right) || request.identityVerified) {
    return undefined;
  }
  return refuse(
    'IDENTITY_NOT_VERIFIED',
    `this ${request.right} request is granted only once the identity is verified`,
  );
}

/** 422 MOTIVATION_REQUIRED (art. 12(4)): the person is told why not everything they asked for is done. */
function motivationRequired(command: CompleteRequest): Refusal | undefined {
  if (command.outcome === 'granted' || !blank(command.motivation)) return undefined;
  return refuse('MOTIVATION_REQUIRED', `a ${command.outcome} request needs a motivation`, [
    { field: 'motivation', message: 'must say why the request is not granted in full' },
  ]);
}

/** 422 REMEDIES_NOT_INFORMED (art. 12(4)): and of the complaint to the authority and the courts. */
function remediesNotInformed(command: CompleteRequest): Refusal | undefined {
  if (command.outcome === 'granted' || command.remediesInformed === true) return undefined;
  return refuse('REMEDIES_NOT_INFORMED', 'the person must be told of the complaint and the courts', [
    { field: 'remediesInformed', message: 'must be true: the person was told of their remedies' },
  ]);
}
