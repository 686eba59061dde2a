import { isRefusal, refuse, Refusal } from '../refusal';
import { RestrictionState, SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import { notFound, occurredInFuture, subjectErased, wrongExpectedRevision, occurredAtOf } from './rules';

type LiftRestriction = Extract<LedgerCommand, { type: 'LiftRestriction' }>;

/** Ends a restriction; the subject must be told before it is lifted (art. 18(3)), which the reason records. */
export function liftRestriction(
  state: SubjectState,
  command: LiftRestriction,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  const restriction = state.restrictions.get(command.restrictionId);
  return (
    notFound('restriction', restriction !== undefined) ??
    subjectErased(state) ??
    alreadyLifted(restriction as RestrictionState) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ?? {
      occurredAt,
      event: {
        type: 'RestrictionLifted',
        data: { restrictionId: command.restrictionId, reason: command.reason },
      },
    }
  );
}

/** 409 ALREADY_LIFTED: a restriction is lifted once. */
function alreadyLifted(restriction: RestrictionState): Refusal | undefined {
  return restriction.lifted ? refuse('ALREADY_LIFTED', 'the restriction has already been lifted') : undefined;
}
