import { assertAppendable } from '../common/appendable';
import { assertDataKeyId } from '../common/data-key-id';
import { PollingSubscriptions } from '../common/polling-subscriptions';
import { assertCheckpointName, assertReadCheckpoint, replaces } from '../common/read-checkpoint';
import { assertPageLimit, StreamIdPage } from '../common/stream-id-order';
import {
  AppendOptions,
  AppendResult,
  EventStore,
  EventToAppend,
  IdempotencyKeyTaken,
  IdempotencyRecord,
  ReadCheckpoint,
  StoreUnavailable,
  StoredEvent,
  Subscription,
  WrongExpectedRevision,
} from '../event-store.port';

/**
 * Nothing but this store writes its log, and every append wakes the subscribers: the poll only paces the
 * retry after an `onEvents` that failed.
 */
const RETRY_INTERVAL_MS = 50;
const SUBSCRIPTION_BATCH_SIZE = 500;

/**
 * The port held in this process's memory, for unit specs of the layers above the store: the same checks,
 * refusals and ordering as the durable adapters, without their I/O. Not durable, so never offered through
 * `LEDGER_STORE`. Positions are 1, 2, 3...; callers must still compare them as numbers, never count on `+1`.
 * Events go in and come out as copies through JSON, as a database stores them, so a caller that changes an
 * event it appended or read changes nothing in the store.
 */
export class InMemoryEventStore implements EventStore {
  private open = false;
  private readonly log: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly eventIds = new Set<string>();
  private readonly idempotencyKeys = new Map<string, IdempotencyRecord>();
  /** `null` is a destroyed key's tombstone: no key is stored under its id again. */
  private readonly dataKeys = new Map<string, Buffer | null>();
  private readonly checkpoints = new Map<string, ReadCheckpoint>();
  private readonly wakes = new Set<() => void>();
  private readonly subscriptions = new PollingSubscriptions(
    {
      readAll: (after, limit) => this.readAll(after, limit),
      watch: (wake) => {
        this.wakes.add(wake);
        return () => this.wakes.delete(wake);
      },
    },
    { pollIntervalMs: RETRY_INTERVAL_MS, batchSize: SUBSCRIPTION_BATCH_SIZE },
  );

  async init(): Promise<void> {
    this.open = true;
  }

  /** Keeps the events and checkpoints: like a file reopened, the store reads them again after another `init()`. */
  async close(): Promise<void> {
    await this.subscriptions.closeAll();
    this.open = false;
  }

  async append(event: EventToAppend, options: AppendOptions): Promise<AppendResult> {
    assertAppendable(event, options);
    this.assertOpen();
    const key = options.idempotencyKey;
    // The key is checked before the revision: a retry arrives after its own append moved the stream on.
    if (key !== undefined && this.idempotencyKeys.has(key)) throw new IdempotencyKeyTaken(key);
    const stream = this.streams.get(event.streamId) ?? [];
    const head = stream.length - 1;
    if (head !== options.expectedRevision) {
      throw new WrongExpectedRevision(event.streamId, options.expectedRevision, head);
    }
    // The SQL stores' unique constraint: one event id, one event.
    if (this.eventIds.has(event.eventId)) throw new Error(`event id ${event.eventId} is already stored`);

    const stored = storedForm(event, String(this.log.length + 1));
    this.log.push(stored);
    this.streams.set(event.streamId, stream);
    stream.push(stored);
    this.eventIds.add(stored.eventId);
    if (key !== undefined)
      this.idempotencyKeys.set(key, { requestHash: options.requestHash ?? '', event: stored });
    for (const keyId of options.destroyDataKeys ?? []) this.dataKeys.set(keyId, null);
    for (const wake of this.wakes) wake();
    return { position: stored.position, revision: stored.revision };
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.readStreamAtOnce(streamId);
  }

  readStreamAtOnce(streamId: string): StoredEvent[] {
    this.assertOpen();
    return (this.streams.get(streamId) ?? []).map(copy);
  }

  async readAll(after: string | null, limit: number): Promise<StoredEvent[]> {
    this.assertOpen();
    // A position is the event's place in the log counted from 1: the events after `after` start at that index.
    const start = after === null ? 0 : Math.max(0, Number(BigInt(after)));
    return this.log.slice(start, start + limit).map(copy);
  }

  async headPosition(): Promise<string | null> {
    this.assertOpen();
    return this.log.at(-1)?.position ?? null;
  }

  async findIdempotencyKey(key: string): Promise<IdempotencyRecord | null> {
    this.assertOpen();
    const record = this.idempotencyKeys.get(key);
    return record ? { requestHash: record.requestHash, event: copy(record.event) } : null;
  }

  async getDataKey(keyId: string): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    this.assertOpen();
    const key = this.dataKeys.get(keyId);
    return key ? Buffer.from(key) : null;
  }

  async putDataKeyIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    assertDataKeyId(keyId);
    this.assertOpen();
    if (!this.dataKeys.has(keyId)) this.dataKeys.set(keyId, Buffer.from(wrappedKey));
    return this.getDataKey(keyId);
  }

  async loadCheckpoint(name: string): Promise<ReadCheckpoint | null> {
    assertCheckpointName(name);
    this.assertOpen();
    const stored = this.checkpoints.get(name);
    return stored ? { ...stored } : null;
  }

  async saveCheckpoint(name: string, checkpoint: ReadCheckpoint): Promise<void> {
    assertReadCheckpoint(name, checkpoint);
    this.assertOpen();
    const { position, state } = checkpoint;
    if (replaces(this.checkpoints.get(name)?.position, position))
      this.checkpoints.set(name, { position, state });
  }

  async streamIds(after: string | null, limit: number): Promise<string[]> {
    assertPageLimit(limit);
    this.assertOpen();
    const page = new StreamIdPage(after, limit);
    for (const streamId of this.streams.keys()) page.offer(streamId);
    return page.ids;
  }

  subscribeToAll(
    after: string | null,
    onEvents: (events: StoredEvent[]) => Promise<void> | void,
    onError?: (error: Error) => void,
  ): Subscription {
    return this.subscriptions.subscribe(after, onEvents, onError);
  }

  private assertOpen(): void {
    if (!this.open) throw new StoreUnavailable('the in-memory event store is not open');
  }
}

/** Exactly the stored fields, through JSON: what the SQL stores' columns keep and give back. */
function storedForm(event: EventToAppend, position: string): StoredEvent {
  const { eventId, streamId, revision, type, occurredAt, recordedAt, actor, data, prevHash, hash } = event;
  return copy({
    eventId,
    streamId,
    revision,
    position,
    type,
    occurredAt,
    recordedAt,
    actor,
    data,
    prevHash,
    hash,
  });
}

const copy = (event: StoredEvent): StoredEvent => JSON.parse(JSON.stringify(event));
