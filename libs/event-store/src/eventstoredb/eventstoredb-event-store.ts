import {
  BACKWARDS,
  END,
  ErrorType,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  jsonEvent,
} from '@eventstore/db-client';
import { assertAppendable } from '../common/appendable';
import { assertDataKeyId } from '../common/data-key-id';
import { assertCheckpointName, assertReadCheckpoint } from '../common/read-checkpoint';
import { assertPageLimit, StreamIdPage } from '../common/stream-id-order';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  IdempotencyRecord,
  ReadCheckpoint,
  StoredEvent,
  Subscription,
  WrongExpectedRevision,
} from '../event-store.port';
import { EventStoreDbCheckpoints } from './eventstoredb-checkpoints';
import { EventStoreDbDataKeys } from './eventstoredb-data-keys';
import { errorType, eventStoreDbErrors } from './eventstoredb-errors';
import { EventStoreDbIdempotency } from './eventstoredb-idempotency';
import { readEvents, scanAll } from './eventstoredb-reads';
import {
  EventPayload,
  LedgerStreams,
  fromLedgerPosition,
  ledgerStreams,
  toStoredEvent,
} from './eventstoredb-streams';
import { subscribeToLedger } from './eventstoredb-subscription';

export interface EventStoreDbStoreOptions {
  /** An `esdb://` connection string. */
  connectionString: string;
  /** Prefix of every stream name, default `ledger`: `ledger-subject-<streamId>`, `ledger-keys-<keyId>`... */
  namespace?: string;
}

/** One stream per subject; the ledger's log is `$all` filtered to those streams. */
export class EventStoreDbStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly streams: LedgerStreams;
  private readonly dataKeys: EventStoreDbDataKeys;
  private readonly idempotency: EventStoreDbIdempotency;
  private readonly checkpoints: EventStoreDbCheckpoints;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: EventStoreDbStoreOptions) {
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.streams = ledgerStreams(options.namespace ?? 'ledger');
    this.dataKeys = new EventStoreDbDataKeys(this.client, this.streams);
    this.idempotency = new EventStoreDbIdempotency(this.client, this.streams);
    this.checkpoints = new EventStoreDbCheckpoints(this.client, this.streams);
  }

  /** Nothing to create; one read makes an unreachable server fail at start rather than at first use. */
  init(): Promise<void> {
    return eventStoreDbErrors.guard(async () => {
      await this.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }).toArray();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    await this.client.dispose();
  }

  append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    const key = options.idempotencyKey;
    return eventStoreDbErrors.guard(async () => {
      assertAppendable(event, options);
      if (key !== undefined) await this.idempotency.assertUnused(key, event.streamId);
      const doomed = new Set(options.destroyDataKeys);
      if (doomed.size > 0) {
        // Two streams cannot change in one transaction: the keys go first, so a failure in between errs
        // towards erasure. Checking the revision first keeps a plainly stale erasure from destroying them.
        await this.assertRevision(event.streamId, options.expectedRevision);
        await Promise.all([...doomed].map((keyId) => this.dataKeys.destroy(keyId)));
      }
      const result = await this.appendToSubject(event, options);
      if (key !== undefined) {
        const use = {
          requestHash: options.requestHash ?? '',
          streamId: event.streamId,
          revision: result.revision,
        };
        await this.idempotency.recordAppended(key, use, event.eventId);
      }
      return result;
    });
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return eventStoreDbErrors.guard(async () =>
      ((await readEvents(this.client, this.streams.subject(streamId))) ?? []).map(toStoredEvent),
    );
  }

  readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    return eventStoreDbErrors.guard(async () => {
      const events: StoredEvent[] = [];
      if (limit <= 0) return events;
      const from = after === null ? null : fromLedgerPosition(after);
      for await (const recorded of scanAll(this.client, FORWARDS, from)) {
        if (!this.streams.isSubject(recorded.streamId)) continue;
        if (events.push(toStoredEvent({ event: recorded })) === limit) break;
      }
      return events;
    });
  }

  headPosition(): Promise<string | null> {
    return eventStoreDbErrors.guard(async () => {
      for await (const recorded of scanAll(this.client, BACKWARDS, null)) {
        if (this.streams.isSubject(recorded.streamId)) return recorded.position.commit.toString();
      }
      return null;
    });
  }

  findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    return eventStoreDbErrors.guard(async () => {
      const use = await this.idempotency.find(key);
      if (!use) return null;
      const [event] =
        (await readEvents(this.client, this.streams.subject(use.streamId), {
          fromRevision: BigInt(use.revision),
          maxCount: 1,
        })) ?? [];
      return event ? { requestHash: use.requestHash, event: toStoredEvent(event) } : null;
    });
  }

  getDataKey(keyId: string): Promise<Buffer | null> {
    return eventStoreDbErrors.guard(() => {
      assertDataKeyId(keyId);
      return this.dataKeys.get(keyId);
    });
  }

  putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    return eventStoreDbErrors.guard(() => {
      assertDataKeyId(keyId);
      return this.dataKeys.putIfAbsent(keyId, wrappedKey);
    });
  }

  loadCheckpoint(name: string): Promise<ReadCheckpoint | null> {
    return eventStoreDbErrors.guard(() => {
      assertCheckpointName(name);
      return this.checkpoints.load(name);
    });
  }

  saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    return eventStoreDbErrors.guard(() => {
      assertReadCheckpoint(name, checkpoint);
      return this.checkpoints.save(name, checkpoint);
    });
  }

  /**
   * The server keeps no index of stream names in order, and `$streams` needs projections, which may be off:
   * every page reads the whole of `$all`, keeping the first event (revision 0) of each subject stream, in
   * memory bounded by `limit`. So a page costs a full read of the log: fine for thousands of events, too slow
   * for a read side that pages through millions (use a SQL store there).
   */
  streamIds(after: string | null, limit: number): Promise<string[]> {
    return eventStoreDbErrors.guard(async () => {
      assertPageLimit(limit);
      const page = new StreamIdPage(after, limit);
      for await (const recorded of scanAll(this.client, FORWARDS, null)) {
        if (recorded.revision === 0n && this.streams.isSubject(recorded.streamId)) {
          page.offer(this.streams.subjectId(recorded.streamId));
        }
      }
      return page.ids;
    });
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    const subscription = subscribeToLedger(this.client, this.streams, after, onEvents, onError);
    this.subscriptions.add(subscription);
    return {
      close: async () => {
        this.subscriptions.delete(subscription);
        await subscription.close();
      },
    };
  }

  private async appendToSubject(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    const key = options.idempotencyKey;
    const { eventId, streamId, revision, type, occurredAt, recordedAt, actor, data, prevHash, hash } = event;
    // Exactly the stored form: nothing the caller's object may carry besides (a position, say).
    const payload: EventPayload = {
      eventId,
      streamId,
      revision,
      type,
      occurredAt,
      recordedAt,
      actor,
      data,
      prevHash,
      hash,
    };
    try {
      const result = await this.client.appendToStream(
        this.streams.subject(streamId),
        jsonEvent({
          id: key === undefined ? eventId : this.streams.eventIdForKey(key),
          type,
          data: payload,
          metadata: key === undefined ? undefined : { requestHash: options.requestHash ?? '' },
        }),
        { expectedRevision: options.expectedRevision === -1 ? NO_STREAM : BigInt(options.expectedRevision) },
      );
      if (!result.position) throw new Error('EventStoreDB returned no position (22.6 or later is required)');
      return { position: result.position.commit.toString(), revision: Number(result.nextExpectedRevision) };
    } catch (error) {
      if (errorType(error) !== ErrorType.WRONG_EXPECTED_VERSION) throw error;
      throw new WrongExpectedRevision(streamId, options.expectedRevision, await this.revisionOf(streamId));
    }
  }

  private async assertRevision(streamId: string, expectedRevision: number): Promise<void> {
    const actual = await this.revisionOf(streamId);
    if (actual !== expectedRevision) throw new WrongExpectedRevision(streamId, expectedRevision, actual);
  }

  private async revisionOf(streamId: string): Promise<number> {
    const [last] =
      (await readEvents(this.client, this.streams.subject(streamId), {
        direction: BACKWARDS,
        fromRevision: END,
        maxCount: 1,
      })) ?? [];
    return last?.event ? Number(last.event.revision) : -1;
  }
}
