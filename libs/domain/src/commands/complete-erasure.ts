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

type CompleteErasure = Extract<LedgerCommand, { type: 'CompleteErasure' }>;

/**
 * Records that the subject's data has been erased (art. 17), keeping only the purposes listed in `retain`
 * (art. 17(3), e.g. `fiscal-retention`, `legal-claims`). It is the stream's last event.
 */
export function completeErasure(
  state: SubjectState,
  command: CompleteErasure,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  const retain = command.retain ?? [];
  return (
    unknownPurposes(context.catalogue, retain, 'retain') ??
    subjectErased(state) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ?? {
      occurredAt,
      event: {
        type: 'ErasureCompleted',
        data: withoutUndefined({ retain: [...retain], note: command.note }),
      },
    }
  );
}
