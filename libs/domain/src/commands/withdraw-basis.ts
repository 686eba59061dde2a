import { refuse, Refusal, isRefusal } from '../refusal';
import { BasisState, SubjectState } from '../state/subject-state';
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

type WithdrawBasis = Extract<LedgerCommand, { type: 'WithdrawBasis' }>;

/** Ends a basis (consent withdrawn, contract ended, ...). The event names the basis's purpose for readers. */
export function withdrawBasis(
  state: SubjectState,
  command: WithdrawBasis,
  context: CommandContext,
): CommandOutcome | Refusal {
  const occurredAt = occurredAtOf(command, context.now);
  if (isRefusal(occurredAt)) return occurredAt;
  const basis = state.bases.get(command.basisId);
  return (
    notFound('basis', basis !== undefined) ??
    subjectErased(state) ??
    alreadyWithdrawn(basis as BasisState) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    occurredInFuture(occurredAt, context.now) ?? {
      occurredAt,
      event: {
        type: 'BasisWithdrawn',
        data: withoutUndefined({
          basisId: command.basisId,
          purpose: (basis as BasisState).purpose,
          reason: command.reason,
          note: command.note,
        }),
      },
    }
  );
}

/** 409 ALREADY_WITHDRAWN: a basis is withdrawn once. */
function alreadyWithdrawn(basis: BasisState): Refusal | undefined {
  return basis.withdrawn ? refuse('ALREADY_WITHDRAWN', 'the basis has already been withdrawn') : undefined;
}
