import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CommandAnswer } from '@ledger/wire';
import { EVENT_STORE, EventStore, StoredEvent } from '@ledger/event-store';
import { Clock, PersonalDataCodec } from '@ledger/runtime';
import { CatalogueInForce } from '../catalogue/catalogue-in-force';
import { LedgerMetrics } from '../metrics/ledger-metrics';
import { ReadSide } from '../read-side/read-side.service';
import { appendWithRetry } from './pipeline/append-with-retry';
import { answerOf } from './pipeline/command-answer';
import { CommandJudgement } from './pipeline/command-judgement';
import { ErasureKeys } from './pipeline/erasure-keys';
import { EventAppender } from './pipeline/event-appender';
import { EventSealing } from './pipeline/event-sealing';
import { IdempotentReplay } from './pipeline/idempotent-replay';
import { ReadYourWrite } from './pipeline/read-your-write';
import { SubjectFootings } from './pipeline/subject-footings';
import { SubjectLocks } from './pipeline/subject-locks';
import { RecordCommand, RecordCommandOptions } from './record-command';

/**
 * Records a command, in the order of its parts (`pipeline/`): an idempotent replay, one command per subject
 * at a time, the subject's footing and the domain's decision on it, the event sealed and hashed, the append
 * (retried after a conflict with another process), and the wait for the read side.
 */
@CommandHandler(RecordCommand)
export class RecordCommandHandler implements ICommandHandler<RecordCommand, CommandAnswer> {
  private readonly idempotency: IdempotentReplay;
  private readonly locks = new SubjectLocks();
  private readonly footings: SubjectFootings;
  private readonly judgement: CommandJudgement;
  private readonly sealing: EventSealing;
  private readonly appender: EventAppender;
  private readonly readYourWrite: ReadYourWrite;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    private readonly catalogues: CatalogueInForce,
    codec: PersonalDataCodec,
    readSide: ReadSide,
    clock: Clock,
    private readonly metrics: LedgerMetrics,
  ) {
    const catalogue = () => catalogues.current();
    this.idempotency = new IdempotentReplay(store, catalogue);
    this.footings = new SubjectFootings(store, readSide);
    this.judgement = new CommandJudgement(this.footings, catalogue, clock);
    this.sealing = new EventSealing(codec, store);
    this.appender = new EventAppender(store, new ErasureKeys(codec));
    this.readYourWrite = new ReadYourWrite(readSide);
  }

  execute({ options }: RecordCommand): Promise<CommandAnswer> {
    const { actor, idempotency } = options;
    if (!idempotency) return this.record(options);
    return this.idempotency.answer(actor, idempotency, () => this.record(options));
  }

  private async record(options: RecordCommandOptions): Promise<CommandAnswer> {
    const { subjectId, expectedRevision } = options;
    const stored = await this.locks.run(subjectId, () =>
      appendWithRetry(
        { expectedRevision, onConflict: () => this.footings.forget(subjectId) },
        (afterConflict) => this.appendOnce(options, afterConflict),
      ),
    );
    this.metrics.appended(stored.type);
    await this.readYourWrite.applied(stored.position);
    return answerOf(stored, this.catalogues.current());
  }

  private async appendOnce(options: RecordCommandOptions, afterConflict: boolean): Promise<StoredEvent> {
    const judged = await this.judgement.judge(options, { afterConflict });
    const event = await this.sealing.eventOf(options.subjectId, options.actor, judged);
    const stored = await this.appender.append(event, judged.footing.state, options);
    this.footings.remember(stored, judged.footing.state);
    return stored;
  }
}
