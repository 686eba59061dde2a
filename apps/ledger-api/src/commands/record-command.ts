import { Command } from '@nestjs/cqrs';
import { Actor, LedgerCommand } from '@ledger/domain';
import { CommandAnswer } from '@ledger/contracts';

/** One request to append to a subject's stream, whichever command it is. */
export class RecordCommand extends Command<CommandAnswer> {
  constructor(
    readonly subjectId: string,
    readonly command: LedgerCommand,
    readonly actor: Actor,
    /** A digest of what was asked, to tell an idempotent retry from a reused key; set with the key. */
    readonly requestHash: string | undefined,
    readonly idempotencyKey?: string,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
