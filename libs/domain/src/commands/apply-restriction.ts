import { isRefusal, Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import {
  occurredInFuture,
  subjectErased,
  unknownCategories,
  unknownPurposes,
  withoutUndefined,
  wrongExpectedRevision,
  occurredAtOf,
} from './rules';

type ApplyRestriction = Extract<LedgerCommand, { type: 'ApplyRestriction' }>;

/**
 * Restricts processing (art. 18) of the listed purposes and data categories, or of everything when it lists
 * neither. An empty list is recorded as absent: a restriction that covers nothing would protect no one, so
 * `purposes: []` with no categories restricts everything, as the decision reads it too.
 */
export function applyRestriction(
  state: SubjectState,
  command: ApplyRestriction,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  const { purposes = [], dataCategories = [] } = command;
  return (
    unknownPurposes(context.catalogue, purposes, 'purposes') ??
    unknownCategories(context.catalogue, dataCategories, 'dataCategories') ??
    subjectErased(state) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ?? {
      occurredAt,
      event: {
        type: 'RestrictionApplied',
        data: withoutUndefined({
          restrictionId: command.restrictionId,
          ground: command.ground,
          purposes: purposes.length ? [...purposes] : undefined,
          dataCategories: dataCategories.length ? [...dataCategories] : undefined,
          note: command.note,
        }),
      },
    }
  );
}
