import { isRefusal, Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import type { CommandContext, CommandOutcome } from './decide-command';
import {
  occurredInFuture,
  subjectErased,
  unknownPurposes,
  withoutUndefined,
  wrongExpectedRevision,
  occurredAtOf,
} from './rules';

type FileObjection = Extract<LedgerCommand, { type: 'FileObjection' }>;

/**
 * Records an art. 21 objection against one or more purposes. Filing is always allowed, whatever the purposes'
 * objection rule: what an objection blocks is the decision's concern (contract section 4).
 */
export function fileObjection(
  state: SubjectState,
  command: FileObjection,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  return (
    unknownPurposes(context.catalogue, command.purposes, 'purposes') ??
    subjectErased(state) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ?? {
      occurredAt,
      event: {
        type: 'ObjectionFiled',
        data: withoutUndefined({
          objectionId: command.objectionId,
          purposes: [...command.purposes],
          grounds: command.grounds,
          channel: command.channel,
        }),
      },
    }
  );
}
