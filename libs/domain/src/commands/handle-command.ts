import { isRefusal, Refusal } from '../refusal';
import { isErased, SubjectState } from '../state/subject-state';
import { CommandOf, LedgerCommand } from './command';
import { CommandContext, CommandOutcome, CommandRules, Parsed } from './command-rules';
import { applyRestriction } from './apply-restriction';
import { completeErasure } from './complete-erasure';
import { establishBasis } from './establish-basis';
import { fileObjection } from './file-objection';
import { liftRestriction } from './lift-restriction';
import { recordNotice } from './record-notice';
import { resolveObjection } from './resolve-objection';
import { withdrawBasis } from './withdraw-basis';
import { withdrawObjection } from './withdraw-objection';
import { receiveRequest } from './receive-request';
import { verifyIdentity } from './verify-identity';
import { extendRequest } from './extend-request';
import { completeRequest } from './complete-request';
import { recordRectification } from './record-rectification';
import { recordDisclosure } from './record-disclosure';
import { notifyRecipient } from './notify-recipient';
import { occurredBeforeTarget, occurredInFuture, refuseErased, wrongExpectedRevision } from './rules';

const RULES: { readonly [T in LedgerCommand['type']]: CommandRules<CommandOf<T>, Parsed> } = {
  EstablishBasis: establishBasis,
  WithdrawBasis: withdrawBasis,
  FileObjection: fileObjection,
  ResolveObjection: resolveObjection,
  WithdrawObjection: withdrawObjection,
  ApplyRestriction: applyRestriction,
  LiftRestriction: liftRestriction,
  CompleteErasure: completeErasure,
  RecordNotice: recordNotice,
  ReceiveRequest: receiveRequest,
  VerifyIdentity: verifyIdentity,
  ExtendRequest: extendRequest,
  CompleteRequest: completeRequest,
  RecordRectification: recordRectification,
  RecordDisclosure: recordDisclosure,
  NotifyRecipient: notifyRecipient,
};

/**
 * Judges a command against the subject's state (contract section 5), after the edge has checked the request's
 * shape: the command's own rules, stage by stage in the contract's order, the first refusal answering. Shape
 * and catalogue ids (400), ids on this subject (404), the subject's state (409: erased, the command's own
 * conflicts, `If-Match`), then the command's 422 rules and, last, a date before what the command acts on or
 * too far ahead.
 */
export function handleCommand(
  state: SubjectState,
  command: LedgerCommand,
  context: CommandContext,
): CommandOutcome | Refusal {
  const rules = RULES[command.type] as CommandRules<LedgerCommand, Parsed>;
  const parsed = rules.parse(command, context);
  if (isRefusal(parsed)) return parsed;
  const refusal =
    rules.target?.(state, command) ??
    (isErased(state) && !rules.afterErasure?.(state, parsed, context) ? refuseErased() : undefined) ??
    rules.conflict?.(state, command) ??
    wrongExpectedRevision(state, context.expectedRevision) ??
    rules.checks?.(parsed, state, context) ??
    occurredBeforeTarget(parsed.occurredAt, rules.since?.(state, command)) ??
    occurredInFuture(parsed.occurredAt, context.now);
  return refusal ?? { occurredAt: parsed.occurredAt, event: rules.event(parsed, state, context) };
}
