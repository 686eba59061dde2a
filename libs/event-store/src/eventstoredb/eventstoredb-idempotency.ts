import { ErrorType, EventStoreDBClient, NO_STREAM, jsonEvent } from '@eventstore/db-client';
import { IdempotencyKeyTaken } from '../event-store.port';
import { errorType } from './eventstoredb-errors';
import { readEvents } from './eventstoredb-reads';
import { LedgerStreams } from './eventstoredb-streams';

/** What the index stream of a key records: the request and the event it appended. */
export interface KeyUse {
  requestHash: string;
  streamId: string;
  revision: number;
}

/**
 * Idempotency keys, kept apart from the events: EventStoreDB writes one stream atomically, never two. The
 * subject's event is appended first, with an id derived from the key; then the key's index stream
 * (`<ns>-idempotency-<sha256(key)>`) is created with NO_STREAM, which only one writer can do.
 * Not atomic, so two windows remain, both documented in docs/event-stores.md:
 * - a crash between the two writes leaves the event without its index entry; the next append with that
 *   key to the same stream finds the event by its id and writes the entry then (`assertUnused`);
 * - two appends with one key racing on different streams both append; the one that loses the index
 *   write is refused with IdempotencyKeyTaken although its event stays.
 */
export class EventStoreDbIdempotency {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly streams: LedgerStreams,
  ) {}

  async find(key: string): Promise<KeyUse | null> {
    const events = await readEvents(this.client, this.streams.idempotency(key), { maxCount: 1 });
    return (events?.[0]?.event?.data as KeyUse | undefined) ?? null;
  }

  /** Refuses a key already used, by the index or by an event of `streamId` that a crash left unindexed. */
  async assertUnused(key: string, streamId: string): Promise<void> {
    if (await this.find(key)) throw new IdempotencyKeyTaken(key);
    const eventId = this.streams.eventIdForKey(key);
    const stream = (await readEvents(this.client, this.streams.subject(streamId))) ?? [];
    const unindexed = stream.find((resolved) => resolved.event?.id === eventId)?.event;
    if (!unindexed) return;
    const { requestHash } = (unindexed.metadata ?? {}) as { requestHash?: string };
    await this.record(key, {
      requestHash: requestHash ?? '',
      streamId,
      revision: Number(unindexed.revision),
    });
    throw new IdempotencyKeyTaken(key);
  }

  /** Writes the key's index entry; refuses when another append got there first. */
  async record(key: string, use: KeyUse): Promise<void> {
    try {
      await this.client.appendToStream(
        this.streams.idempotency(key),
        jsonEvent({ type: 'IdempotencyKeyUsed', data: { ...use } }),
        {
          expectedRevision: NO_STREAM,
        },
      );
    } catch (error) {
      if (errorType(error) === ErrorType.WRONG_EXPECTED_VERSION) throw new IdempotencyKeyTaken(key);
      throw error;
    }
  }
}
