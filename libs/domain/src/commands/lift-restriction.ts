import { isRefusal, refuse, Refusal } from '../refusal';
import { RestrictionState, SubjectState } from '../state/subject-state';
import { concernsOnlyRetained } from './apply-restriction';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { canonicalTimes, notFound } from './rules';

type LiftRestriction = CommandOf<'LiftRestriction'>;

interface Parsed {
  command: LiftRestriction;
  occurredAt: string;
  subjectInformedAt?: string;
}

/** Ends a restriction. The person must have been told before it is lifted (art. 18(3)). */
export const liftRestriction: CommandRules<LiftRestriction, Parsed> = {
  parse(command, { now }) {
    const times = canonicalTimes({
      occurredAt: command.occurredAt,
      subjectInformedAt: command.subjectInformedAt,
    });
    if (isRefusal(times)) return times;
    return {
      command,
      occurredAt: times.occurredAt ?? now,
      subjectInformedAt: times.subjectInformedAt,
    };
  },
  target: (state, command) => notFound('restriction', state.restrictions.has(command.restrictionId)),
  since: (state, command) => restrictionOf(state, command).occurredAt,
  afterErasure: (state, { command }, context) =>
    concernsOnlyRetained(state, restrictionOf(state, command), context),
  conflict: (state, command) => alreadyLifted(restrictionOf(state, command)),
  checks: ({ occurredAt, subjectInformedAt }) => subjectNotInformed(subjectInformedAt, occurredAt),
  event: ({ command, subjectInformedAt }) => ({
    type: 'RestrictionLifted',
    // The checks have refused a lifting without it.
    data: {
      restrictionId: command.restrictionId,
      reason: command.reason,
      subjectInformedAt: subjectInformedAt as string,
    },
  }),
};

function restrictionOf(state: SubjectState, command: LiftRestriction): RestrictionState {
  return state.restrictions.get(command.restrictionId) as RestrictionState;
}

/** 409 ALREADY_LIFTED: a restriction is lifted once. */
function alreadyLifted(restriction: RestrictionState): Refusal | undefined {
  return restriction.lifted ? refuse('ALREADY_LIFTED', 'the restriction has already been lifted') : undefined;
}

/**
 * 422 SUBJECT_NOT_INFORMED (art. 18(3)): the person is told before the restriction is lifted, not after; a
 * lifting that does not say when the person was told is refused alike.
 */
function subjectNotInformed(subjectInformedAt: string | undefined, occurredAt: string): Refusal | undefined {
  if (subjectInformedAt !== undefined && subjectInformedAt <= occurredAt) return undefined;
  return refuse('SUBJECT_NOT_INFORMED', 'the person must be told before the restriction is lifted', [
    { field: 'subjectInformedAt', message: 'must be at or before the lifting (occurredAt)' },
  ]);
}
