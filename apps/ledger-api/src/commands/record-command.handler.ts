import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  CatalogueIndex,
  decideCommand,
  evolve,
  foldSubject,
  isRefusal,
  LedgerEventBody,
  refuse,
  SubjectState,
} from '@ledger/domain';
import {
  EVENT_STORE,
  EventStore,
  GENESIS_HASH,
  hashEvent,
  IdempotencyKeyTaken,
  StoredEvent,
  WrongExpectedRevision,
} from '@ledger/event-store';
import { BoundedMap, Clock, PersonalDataCodec, toHistoryEvent } from '@ledger/runtime';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import { CommandAnswer } from '@ledger/contracts';
import { newEventId } from './event-id';
import { RecordCommand, RecordCommandOptions } from './record-command';
import { SubjectLocks } from './subject-locks';

/** Conflicts with other processes are retried this often before the request gives up. */
const MAX_ATTEMPTS = 20;
/** A command answers once its own read side has applied it, so the caller's next check sees it. */
const READ_YOUR_WRITE_TIMEOUT_MS = 5000;
/** Subjects whose last append by this process is remembered: those written to now, not every subject. */
const REMEMBERED_HEADS = 10_000;

/** The last event this process appended to a subject, as far as a command needs it. */
interface Head {
  revision: number;
  hash: string;
  position: string;
  /** The subject's state after it. */
  state: SubjectState;
}

/** What a command is decided on: the subject's state and the hash its event chains to. */
interface Footing {
  state: SubjectState;
  prevHash: string;
  /** Remembered, not read from the store: a refusal decided on it is checked against the store. */
  remembered: boolean;
}

/**
 * Fold the subject's events, let the domain decide, append with the expected revision. A subject this
 * process appended to last needs no read: its state and head hash are remembered. The store's revision check
 * at append is the arbiter either way.
 */
@CommandHandler(RecordCommand)
export class RecordCommandHandler implements ICommandHandler<RecordCommand, CommandAnswer> {
  private readonly locks = new SubjectLocks();
  private readonly heads = new BoundedMap<string, Head>(REMEMBERED_HEADS);

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly catalogue: CatalogueIndex,
    private readonly codec: PersonalDataCodec,
    private readonly readSide: ReadSide,
    private readonly clock: Clock,
  ) {}

  async execute({ options: request }: RecordCommand): Promise<CommandAnswer> {
    const key = request.idempotency && `${request.actor.name}\u0000${request.idempotency.key}`;
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
  private async replayed(key: string, request: RecordCommandOptions): Promise<CommandAnswer | null> {
    const record = await this.store.findIdempotencyKey(key);
    if (!record) return null;
    if (record.requestHash !== request.idempotency?.requestHash) {
      throw new RefusalException(
        refuse('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request'),
      );
    }
    return answerOf(record.event);
  }

  /** Resolves to the appended event, or `null` when a concurrent request with the same key won. */
  private async appendWithRetry(
    request: RecordCommandOptions,
    key: string | undefined,
  ): Promise<StoredEvent | null> {
    for (let attempt = 1; ; attempt++) {
      try {
        // A retry follows an append by another process: what this one remembers is out of date.
        return await this.appendOnce(request, key, attempt === 1);
      } catch (error) {
        if (error instanceof IdempotencyKeyTaken) return null;
        if (!(error instanceof WrongExpectedRevision)) throw error;
        this.heads.delete(request.subjectId);
        if (request.expectedRevision !== undefined || attempt >= MAX_ATTEMPTS) {
          throw new RefusalException(
            refuse('WRONG_EXPECTED_REVISION', `the subject's stream is at revision ${error.actualRevision}`),
          );
        }
      }
    }
  }

  private async appendOnce(
    request: RecordCommandOptions,
    key: string | undefined,
    mayUseMemory: boolean,
  ): Promise<StoredEvent> {
    const { subjectId } = request;
    const footing =
      (mayUseMemory && (await this.fromLastAppend(subjectId))) || (await this.fromStore(subjectId));
    const { state } = footing;
    const now = this.clock.now();
    const outcome = decideCommand(state, request.command, {
      now,
      catalogue: this.catalogue,
      expectedRevision: request.expectedRevision,
    });
    if (isRefusal(outcome)) {
      // What is remembered may miss another process's append that would change the answer: the store decides.
      if (footing.remembered) return this.appendOnce(request, key, false);
      throw new RefusalException(outcome);
    }
    const unhashed = {
      eventId: newEventId(),
      streamId: subjectId,
      revision: state.revision + 1,
      type: outcome.event.type,
      occurredAt: outcome.occurredAt,
      recordedAt: now,
      actor: request.actor,
      data: await this.sealed(subjectId, outcome.event),
      prevHash: footing.prevHash,
    };
    const event = { ...unhashed, hash: hashEvent(unhashed) };
    const erasure = event.type === 'ErasureCompleted';
    const { position } = await this.store.append(event, {
      expectedRevision: state.revision,
      idempotencyKey: key,
      requestHash: request.idempotency?.requestHash,
      destroyDataKeys: erasure ? [subjectId] : undefined,
    });
    if (erasure) this.codec.forget(subjectId);
    const stored = { ...event, position };
    this.heads.set(subjectId, {
      revision: event.revision,
      hash: event.hash,
      position,
      state: evolve(state, toHistoryEvent(stored)),
    });
    return stored;
  }

  /** The event's stored data; refused when another process erased the subject since this one read it. */
  private async sealed(subjectId: string, event: LedgerEventBody): Promise<Record<string, unknown>> {
    const data = await this.codec.seal(subjectId, event);
    if (isRefusal(data)) throw new RefusalException(data);
    return data;
  }

  /**
   * What this process's last append to the subject left, while the read side (once it applied that append)
   * shows no later one: no need to read the stream. An append by another process that the read side has not
   * applied yet makes this append's revision check fail, and the retry reads the store.
   */
  private async fromLastAppend(subjectId: string): Promise<Footing | null> {
    const head = this.heads.get(subjectId);
    if (!head || !(await this.readSide.waitFor(head.position, READ_YOUR_WRITE_TIMEOUT_MS))) return null;
    const view = this.readSide.subject(subjectId);
    if (view.revision !== head.revision) return null;
    return { state: head.state, prevHash: head.hash, remembered: true };
  }

  private async fromStore(subjectId: string): Promise<Footing> {
    const stream = await this.store.readStream(subjectId);
    return {
      state: foldSubject(stream.map(toHistoryEvent)),
      prevHash: stream.length > 0 ? stream[stream.length - 1].hash : GENESIS_HASH,
      remembered: false,
    };
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
