import { Command } from '@nestjs/cqrs';
import { Actor, LedgerCommand } from '@ledger/domain';

/** What a command answers with `201` (contract section 5). */
export interface CommandAnswer {
  subjectId: string;
  eventId: string;
  type: string;
  revision: number;
  position: string;
  basisId?: string;
  objectionId?: string;
  restrictionId?: string;
}

/** One request to append to a subject's stream, whichever command it is. */
export class RecordCommand extends Command<CommandAnswer> {
  constructor(
    readonly subjectId: string,
    readonly command: LedgerCommand,
    readonly actor: Actor,
    /** A digest of what was asked, to tell an idempotent retry from a reused key. */
    readonly requestHash: string,
    readonly idempotencyKey?: string,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
