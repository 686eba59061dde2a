import { Command } from '@nestjs/cqrs';
import { Actor, LedgerCommand } from '@ledger/domain';
import { CommandAnswer } from '@ledger/wire';

/** A request made with an `Idempotency-Key`: a retry of it gets the first answer, another request a refusal. */
export interface IdempotentRequest {
  /** The header's value, as the caller sent it; each API key has keys of its own. */
  key: string;
  /** A digest of what was asked, to tell a retry from a reused key. */
  requestHash: string;
}

export interface RecordCommandOptions {
  subjectId: string;
  command: LedgerCommand;
  /** The API key that asks: recorded on the event. */
  actor: Actor;
  idempotency?: IdempotentRequest;
  /** From `If-Match`: the revision the subject's stream must be at; `-1` for a subject with no events. */
  expectedRevision?: number;
}

/** One request to append to a subject's stream, whichever command it is. */
export class RecordCommand extends Command<CommandAnswer> {
  constructor(readonly options: RecordCommandOptions) {
    super();
  }
}
