import { CatalogueIndex } from '../catalogue/catalogue-index';
import { LedgerEventBody } from '../events';
import { Refusal } from '../refusal';
import { SubjectState } from '../state/subject-state';
import { LedgerCommand } from './command';

export interface CommandContext {
  /** The ledger's clock reading for this request, canonical UTC. */
  now: string;
  /** The catalogue in force: it judges every purpose, category, notice and recipient a command names. */
  catalogue: CatalogueIndex;
  /** From `If-Match`: the revision the caller expects the subject's stream to be at. */
  expectedRevision?: number;
}

/** The one event a command appends, and when it happened in the world. */
export interface CommandOutcome {
  occurredAt: string;
  event: LedgerEventBody;
}

/** What every command's reading yields: at least when its event happened, in canonical form. */
export interface Parsed {
  occurredAt: string;
}

/**
 * The rules of one command, one member per stage of the contract's order of judgement (section 5). The
 * stages run in `handleCommand`, and the first refusal answers; a member left out has nothing to refuse.
 */
export interface CommandRules<C extends LedgerCommand, P extends Parsed> {
  /**
   * 400: times in canonical form, every catalogue id known, no list naming a thing twice. Yields what the
   * later stages need.
   */
  parse(command: C, context: CommandContext): P | Refusal;
  /** 404 NOT_FOUND: the basis, objection or restriction the command names is not on this subject. */
  target?(state: SubjectState, command: C): Refusal | undefined;
  /**
   * Whether an erased subject still takes the command (section 5: what concerns only purposes the erasure
   * kept); left out, an erased subject takes nothing of this kind (409 SUBJECT_ERASED).
   */
  afterErasure?(state: SubjectState, parsed: P, context: CommandContext): boolean;
  /**
   * When the basis, objection, restriction, request or event the command acts on happened: the command may not
   * be dated before it (422 OCCURRED_BEFORE_TARGET). Left out, the command acts on nothing earlier.
   */
  since?(state: SubjectState, command: C): string | undefined;
  /** 409 of the command's own: already withdrawn, decided, lifted. */
  conflict?(state: SubjectState, command: C): Refusal | undefined;
  /**
   * 422, in the contract's order: the catalogue's rules, then the evidence rules, then the rest. The chain
   * checks `occurredAt` against the future last.
   */
  checks?(parsed: P, state: SubjectState, context: CommandContext): Refusal | undefined;
  /** The event to append once nothing refused. */
  event(parsed: P, state: SubjectState, context: CommandContext): LedgerEventBody;
}
