import { isRefusal, refuse, Refusal } from '../refusal';
import { RestrictionState, SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import { canonicalTimes, notFound, occurredInFuture, subjectErased, wrongExpectedRevision } from './rules';

type LiftRestriction = Extract<LedgerCommand, { type: 'LiftRestriction' }>;

/** Ends a restriction; the subject must be told before it is lifted (art. 18(3)), which the reason records. */
export function liftRestriction(
  state: SubjectState,
  command: LiftRestriction,
  context: CommandContext,
): CommandOutcome | Refusal {
  const times = canonicalTimes({ occurredAt: command.occurredAt });
  if (isRefusal(times)) return times;
  const restriction = state.restrictions.get(command.restrictionId);
  const occurredAt = times.occurredAt ?? context.now;
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
