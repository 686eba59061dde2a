import { CatalogueIndex } from '../catalogue/catalogue-index';
import { LedgerEventBody } from '../events';
import { Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';
import { applyRestriction } from './apply-restriction';
import { completeErasure } from './complete-erasure';
import { decideObjection } from './decide-objection';
import { establishBasis } from './establish-basis';
import { fileObjection } from './file-objection';
import { liftRestriction } from './lift-restriction';
import { withdrawBasis } from './withdraw-basis';

export interface CommandContext {
  /** The ledger's clock reading for this request, canonical UTC. */
  now: string;
  catalogue: CatalogueIndex;
  /** From `If-Match`: the revision the caller expects the subject's stream to be at. */
  expectedRevision?: number;
}

/** The one event a command appends, and when it happened in the world. */
export interface CommandOutcome {
  occurredAt: string;
  event: LedgerEventBody;
}

/**
 * Judges a command against the subject's state (contract section 5), after the edge has checked the request's
 * shape. The domain's checks run in the contract's order and the first failure answers: catalogue ids (400),
 * ids on this subject (404), the subject's state (409), then the command's own rules (422).
 */
export function decideCommand(
  state: SubjectState,
  command: LedgerCommand,
  context: CommandContext,
): CommandOutcome | Refusal {
  switch (command.type) {
    case 'EstablishBasis':
      return establishBasis(state, command, context);
    case 'WithdrawBasis':
      return withdrawBasis(state, command, context);
    case 'FileObjection':
      return fileObjection(state, command, context);
    case 'DecideObjection':
      return decideObjection(state, command, context);
    case 'ApplyRestriction':
      return applyRestriction(state, command, context);
    case 'LiftRestriction':
      return liftRestriction(state, command, context);
    case 'CompleteErasure':
      return completeErasure(state, command, context);
  }
}
