import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CatalogueIndex, decideCommand, foldSubject, isRefusal, refuse } from '@ledger/domain';
import {
  EVENT_STORE,
  EventStore,
  GENESIS_HASH,
  hashEvent,
  IdempotencyKeyTaken,
  StoredEvent,
  WrongExpectedRevision,
} from '@ledger/event-store';
import { Clock } from '../clock';
import { PersonalDataCodec } from '../crypto/personal-data-codec';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import { toHistoryEvent } from '../read-side/to-history-event';
import { CommandAnswer } from '@ledger/contracts';
import { RecordCommand } from './record-command';
import { SubjectLocks } from './subject-locks';

/** Conflicts with other processes are retried this often before the request gives up. */
const MAX_ATTEMPTS = 20;
/** A command answers once its own read side has applied it, so the caller's next check sees it. */
const READ_YOUR_WRITE_TIMEOUT_MS = 5000;

/** Read the stream, fold it, let the domain decide, append with the expected revision. */
@CommandHandler(RecordCommand)
export class RecordCommandHandler implements ICommandHandler<RecordCommand, CommandAnswer> {
  private readonly locks = new SubjectLocks();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalogue: CatalogueIndex,
    private readonly codec: PersonalDataCodec,
    private readonly readSide: ReadSide,
    private readonly clock: Clock,
  ) {}

  async execute(request: RecordCommand): Promise<CommandAnswer> {
    const key = request.idempotencyKey && `${request.actor.name}\u0000${request.idempotencyKey}`;
    const earlier = key ? await this.replayed(key, request) : null;
    if (earlier) return earlier;
    let stored: StoredEvent | null;
    try {
      stored = await this.locks.run(request.subjectId, () => this.appendWithRetry(request, key));
    } catch (error) {
      // A request with the same key that won meanwhile moved the subject on, so this one was judged
      // against the state it made (a stale If-Match, an already withdrawn basis): its answer is ours.
      const won = key && error instanceof RefusalException ? await this.replayed(key, request) : null;
      if (won) return won;
      throw error;
    }
    if (!stored) return (await this.replayed(key as string, request)) as CommandAnswer;
    await this.readSide.waitFor(stored.position, READ_YOUR_WRITE_TIMEOUT_MS);
    return answerOf(stored);
  }

  /** The first answer for an idempotency key, or a refusal when the key was used for another request. */
  private async replayed(key: string, request: RecordCommand): Promise<CommandAnswer | null> {
    const record = await this.store.findIdempotencyKey(key);
    if (!record) return null;
    if (record.requestHash !== request.requestHash) {
      throw new RefusalException(
        refuse('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request'),
      );
    }
    return answerOf(record.event);
  }

  /** Resolves to the appended event, or `null` when a concurrent request with the same key won. */
  private async appendWithRetry(
    request: RecordCommand,
    key: string | undefined,
  ): Promise<StoredEvent | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.appendOnce(request, key);
      } catch (error) {
        if (error instanceof IdempotencyKeyTaken) return null;
        if (!(error instanceof WrongExpectedRevision)) throw error;
        if (request.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
          throw new RefusalException(
            refuse('WRONG_EXPECTED_REVISION', `the subject's stream is at revision ${error.actualRevision}`),
          );
        }
      }
    }
  }

  private async appendOnce(request: RecordCommand, key: string | undefined): Promise<StoredEvent> {
    const { subjectId } = request;
    const stream = await this.store.readStream(subjectId);
    const state = foldSubject(stream.map(toHistoryEvent));
    const now = this.clock.now();
    const outcome = decideCommand(state, request.command, {
      now,
      catalogue: this.catalogue,
      expectedRevision: request.expectedRevision,
    });
    if (isRefusal(outcome)) throw new RefusalException(outcome);
    const unhashed = {
      eventId: randomUUID(),
      streamId: subjectId,
      revision: state.revision + 1,
      type: outcome.event.type,
      occurredAt: outcome.occurredAt,
      recordedAt: now,
      actor: request.actor,
      data: await this.codec.seal(subjectId, outcome.event),
      prevHash: stream.length > 0 ? stream[stream.length - 1].hash : GENESIS_HASH,
    };
    const event = { ...unhashed, hash: hashEvent(unhashed) };
    const { position } = await this.store.append(event, {
      expectedRevision: state.revision,
      idempotencyKey: key,
      requestHash: key ? request.requestHash : undefined,
      destroyDataKey: event.type === 'ErasureCompleted',
    });
    return { ...event, position };
  }
}

/** The id a command created, by the event it appended. */
const CREATED_ID: Readonly<Record<string, 'basisId' | 'objectionId' | 'restrictionId'>> = {
  BasisEstablished: 'basisId',
  ObjectionFiled: 'objectionId',
  RestrictionApplied: 'restrictionId',
};

function answerOf(event: StoredEvent): CommandAnswer {
  const answer: CommandAnswer = {
    subjectId: event.streamId,
    eventId: event.eventId,
    type: event.type,
    revision: event.revision,
    position: event.position,
  };
  const created = CREATED_ID[event.type];
  if (created) answer[created] = event.data[created] as string;
  return answer;
}
