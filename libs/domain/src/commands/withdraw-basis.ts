import { LegalBasis, WithdrawalReason } from '../events';
import { refuse, Refusal } from '../refusal';
import { BasisState, SubjectState } from '../state/subject-state';
import { CommandOf } from './command';
import { CommandRules } from './command-rules';
import { notFound, onlyRetained, parseOccurredAt, withoutUndefined } from './rules';

type WithdrawBasis = CommandOf<'WithdrawBasis'>;

/** Reasons that fit only one kind of basis. */
const REASON_FITS: Partial<Record<WithdrawalReason, LegalBasis>> = {
  'consent-withdrawn': 'consent',
  'contract-ended': 'contract',
};

/**
 * Ends a basis (consent withdrawn, contract ended, ...). The event names the basis's purpose for readers. An
 * erased subject's basis for a purpose its erasure kept can still end.
 */
export const withdrawBasis: CommandRules<WithdrawBasis, { command: WithdrawBasis; occurredAt: string }> = {
  parse: parseOccurredAt,
  target: (state, command) => notFound('basis', state.bases.has(command.basisId)),
  since: (state, command) => basisOf(state, command).occurredAt,
  afterErasure: (state, { command }) => onlyRetained(state, [basisOf(state, command).purpose]),
  conflict: (state, command) => alreadyWithdrawn(basisOf(state, command)),
  checks: ({ command }, state) => reasonNotApplicable(command.reason, basisOf(state, command).legalBasis),
  event: ({ command }, state) => ({
    type: 'BasisWithdrawn',
    data: withoutUndefined({
      basisId: command.basisId,
      purpose: basisOf(state, command).purpose,
      reason: command.reason,
      note: command.note,
    }),
  }),
};

/** The basis the command names; `target` has made sure it is on the subject. */
function basisOf(state: SubjectState, command: WithdrawBasis): BasisState {
  return state.bases.get(command.basisId) as BasisState;
}

/** 409 ALREADY_WITHDRAWN: a basis is withdrawn once. */
function alreadyWithdrawn(basis: BasisState): Refusal | undefined {
  return basis.withdrawn ? refuse('ALREADY_WITHDRAWN', 'the basis has already been withdrawn') : undefined;
}

/**
 * 422 REASON_NOT_APPLICABLE: "consent withdrawn" ends only a consent, "contract ended" only a contract; on any
 * other basis the record would state something that did not happen.
 */
function reasonNotApplicable(reason: WithdrawalReason, legalBasis: LegalBasis): Refusal | undefined {
  const fits = REASON_FITS[reason];
  if (fits === undefined || fits === legalBasis) return undefined;
  return refuse('REASON_NOT_APPLICABLE', `${reason} does not fit a ${legalBasis} basis`, [
    { field: 'reason', message: `${reason} fits only a ${fits} basis` },
  ]);
}
