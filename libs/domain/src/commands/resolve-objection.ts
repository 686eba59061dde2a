import { CatalogueIndex } from '../catalogue/catalogue-index';
import { refuse, Refusal } from '../refusal';
import { ObjectionState, SubjectState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { blank, notFound, onlyRetained, parseOccurredAt, withoutUndefined } from './rules';

type ResolveObjection = CommandOf<'ResolveObjection'>;

/**
 * The DPO's decision on an objection: upheld, or overridden on compelling legitimate grounds or for legal
 * claims (art. 21(1)), which the motivation states. An objection to direct marketing, or to statistics
 * outside a public task, cannot be overridden (art. 21(3), (6)).
 */
export const resolveObjection: CommandRules<
  ResolveObjection,
  { command: ResolveObjection; occurredAt: string }
> = {
  parse: parseOccurredAt,
  target: (state, command) => notFound('objection', state.objections.has(command.objectionId)),
  since: (state, command) => objectionOf(state, command.objectionId).occurredAt,
  afterErasure: (state, { command }) => onlyRetained(state, objectionOf(state, command.objectionId).purposes),
  conflict: (state, command) => {
    const objection = objectionOf(state, command.objectionId);
    return alreadyWithdrawn(objection) ?? alreadyDecided(objection);
  },
  checks: ({ command }, state, { catalogue }) =>
    overrideNotAllowed(command, objectionOf(state, command.objectionId), catalogue) ??
    motivationRequired(command),
  event: ({ command: { objectionId, outcome, motivation } }) =>
    outcome === 'upheld'
      ? { type: 'ObjectionUpheld', data: withoutUndefined({ objectionId, motivation }) }
      : { type: 'ObjectionOverridden', data: { objectionId, motivation: motivation as string } },
};

/** The objection the command names; `target` has made sure it is on the subject. */
export function objectionOf(state: SubjectState, objectionId: string): ObjectionState {
  return state.objections.get(objectionId) as ObjectionState;
}

/** 409 ALREADY_WITHDRAWN: the person took the objection back; there is nothing left to decide or withdraw. */
export function alreadyWithdrawn(objection: ObjectionState): Refusal | undefined {
  return objection.withdrawn ? refuse('ALREADY_WITHDRAWN', 'the objection has been withdrawn') : undefined;
}

/** 409 ALREADY_DECIDED: an objection is decided once. */
function alreadyDecided(objection: ObjectionState): Refusal | undefined {
  return objection.decided ? refuse('ALREADY_DECIDED', 'the objection has already been decided') : undefined;
}

/**
 * 422 OVERRIDE_NOT_ALLOWED (art. 21(3), (6)): an objection all of whose purposes are absolute has nothing an
 * override could weigh. One that also names other purposes may be overridden for those; the absolute ones
 * stay blocked whatever is recorded.
 */
function overrideNotAllowed(
  command: ResolveObjection,
  objection: ObjectionState,
  catalogue: CatalogueIndex,
): Refusal | undefined {
  if (command.outcome !== 'overridden') return undefined;
  const absolute = objection.purposes.every((id) => catalogue.purpose(id)?.objection === 'absolute');
  return absolute
    ? refuse('OVERRIDE_NOT_ALLOWED', 'an objection to these purposes is absolute and cannot be overridden', [
        { field: 'outcome', message: 'must be upheld: the objection is absolute (art. 21(3), (6))' },
      ])
    : undefined;
}

/**
 * 422 MOTIVATION_REQUIRED: overriding an objection needs, in writing, the compelling legitimate grounds or the
 * legal claim it serves.
 */
function motivationRequired(command: ResolveObjection): Refusal | undefined {
  if (command.outcome !== 'overridden' || !blank(command.motivation)) return undefined;
  return refuse('MOTIVATION_REQUIRED', 'overriding an objection requires a motivation', [
    { field: 'motivation', message: 'must state the compelling legitimate grounds or the legal claim' },
  ]);
}
