import { SubjectState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandContext, CommandRules } from './command-rules';
import {
  linkedRequestMissing,
  parseOccurredAt,
  repeated,
  requestMismatch,
  unknownCategories,
  unknownPurposes,
  withoutUndefined,
} from './rules';

type ApplyRestriction = CommandOf<'ApplyRestriction'>;

/**
 * Restricts processing (art. 18) of the listed purposes and data categories, or of everything when it lists
 * neither. An empty list is recorded as absent: a restriction that covers nothing would protect no one, so
 * `purposes: []` with no categories restricts everything, as the decision reads it too.
 */
export const applyRestriction: CommandRules<
  ApplyRestriction,
  { command: ApplyRestriction; occurredAt: string }
> = {
  parse(command, context) {
    const { purposes = [], dataCategories = [] } = command;
    return (
      unknownPurposes(context.catalogue, purposes, 'purposes') ??
      unknownCategories(context.catalogue, dataCategories, 'dataCategories') ??
      repeated({ purposes, dataCategories }) ??
      parseOccurredAt(command, context)
    );
  },
  target: (state, command) => linkedRequestMissing(state, command.requestId),
  afterErasure: (state, { command }, context) => concernsOnlyRetained(state, command, context),
  checks: ({ command }, state) => requestMismatch(state, command.requestId, 'restriction'),
  event: ({ command }) => {
    const { purposes = [], dataCategories = [] } = command;
    return {
      type: 'RestrictionApplied',
      data: withoutUndefined({
        restrictionId: command.restrictionId,
        ground: command.ground,
        purposes: purposes.length ? [...purposes] : undefined,
        dataCategories: dataCategories.length ? [...dataCategories] : undefined,
        note: command.note,
        requestId: command.requestId,
      }),
    };
  },
};

/**
 * Whether a restriction concerns only what an erased subject still has: the purposes its erasure kept, and
 * the data categories those use. One of everything concerns exactly that, when anything was kept.
 */
export function concernsOnlyRetained(
  state: SubjectState,
  scope: { purposes?: readonly string[]; dataCategories?: readonly string[] },
  { catalogue }: CommandContext,
): boolean {
  const retained = state.retained ?? [];
  if (retained.length === 0) return false;
  const kept = catalogue.categoriesOf(retained);
  return (
    (scope.purposes ?? []).every((purpose) => retained.includes(purpose)) &&
    (scope.dataCategories ?? []).every((category) => kept.has(category))
  );
}
