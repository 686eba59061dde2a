import { CatalogueIndex, CommandOutcome, handleCommand, isRefusal, Refusal } from '@ledger/domain';
import { Clock } from '@ledger/runtime';
import { RefusalException } from '../../problems/refusal.exception';
import { RecordCommandOptions } from '../record-command';
import { Footing, SubjectFootings } from './subject-footings';

/** A command the domain accepted: what it appends, on which footing, recorded when. */
export interface Judged {
  footing: Footing;
  outcome: CommandOutcome;
  recordedAt: string;
}

/**
 * The judgement of a command: the pure `handleCommand`, with the ledger's clock and the catalogue in
 * force, on the subject's footing. A refusal decided on what this process remembers is decided again on the
 * store's stream: what is remembered may miss another process's append that would change the answer.
 */
export class CommandJudgement {
  constructor(
    private readonly footings: SubjectFootings,
    /** The catalogue in force when the command is judged. */
    private readonly catalogue: () => CatalogueIndex,
    private readonly clock: Clock,
  ) {}

  /**
   * The accepted command, or its refusal thrown. After a conflict another process has appended to the
   * subject, so only the store's stream will do.
   */
  async judge(options: RecordCommandOptions, { afterConflict }: { afterConflict: boolean }): Promise<Judged> {
    const remembered = afterConflict ? null : await this.footings.remembered(options.subjectId);
    const onRemembered = remembered && this.judgeOn(remembered, options);
    if (onRemembered && !isRefusal(onRemembered)) return onRemembered;
    const decided = this.judgeOn(await this.footings.stored(options.subjectId), options);
    if (isRefusal(decided)) throw new RefusalException(decided);
    return decided;
  }

  private judgeOn(footing: Footing, options: RecordCommandOptions): Judged | Refusal {
    const recordedAt = this.clock.now();
    const outcome = handleCommand(footing.state, options.command, {
      now: recordedAt,
      catalogue: this.catalogue(),
      expectedRevision: options.expectedRevision,
    });
    return isRefusal(outcome) ? outcome : { footing, outcome, recordedAt };
  }
}
