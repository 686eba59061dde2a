import { LedgerEventBody } from '../events';
import { isRefusal, refuse, Refusal } from '../refusal';
import { ObjectionState, SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import {
  notFound,
  occurredInFuture,
  subjectErased,
  withoutUndefined,
  wrongExpectedRevision,
  occurredAtOf,
} from './rules';

type DecideObjection = Extract<LedgerCommand, { type: 'DecideObjection' }>;

/**
 * The DPO's decision on an objection: upheld, or overridden on compelling legitimate grounds (art. 21(1)).
 * Overriding is recorded for any objection; for an `absolute` purpose (direct marketing) it changes nothing,
 * because the decision never lets such an objection be overridden.
 */
export function decideObjection(
  state: SubjectState,
  command: DecideObjection,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  const objection = state.objections.get(command.objectionId);
  return (
    notFound('objection', objection !== undefined) ??
    subjectErased(state) ??
    alreadyDecided(objection as ObjectionState) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ??
    motivationRequired(command) ?? { occurredAt, event: decisionEvent(command) }
  );
}

/** 409 ALREADY_DECIDED: an objection is decided once. */
function alreadyDecided(objection: ObjectionState): Refusal | undefined {
  return objection.decided ? refuse('ALREADY_DECIDED', 'the objection has already been decided') : undefined;
}

/** 422 MOTIVATION_REQUIRED: overriding an objection needs the compelling legitimate grounds in writing. */
function motivationRequired(command: DecideObjection): Refusal | undefined {
  if (command.outcome !== 'overridden' || (command.motivation ?? '').trim() !== '') return undefined;
  return refuse('MOTIVATION_REQUIRED', 'overriding an objection requires a motivation', [
    { field: 'motivation', message: 'must state the compelling legitimate grounds' },
  ]);
}

function decisionEvent(command: DecideObjection): LedgerEventBody {
  const { objectionId, motivation } = command;
  return command.outcome === 'upheld'
    ? { type: 'ObjectionUpheld', data: withoutUndefined({ objectionId, motivation }) }
    : { type: 'ObjectionOverridden', data: { objectionId, motivation: motivation as string } };
}
