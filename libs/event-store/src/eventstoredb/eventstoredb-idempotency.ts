import { ErrorType, EventStoreDBClient, NO_STREAM, RecordedEvent, jsonEvent } from '@eventstore/db-client';
import { IdempotencyKeyTaken } from '../event-store.port';
import { errorType } from './eventstoredb-errors';
import { readEvents } from './eventstoredb-reads';
import { EventPayload, LedgerStreams } from './eventstoredb-streams';

/** What the index stream of a key records: the request and the event it appended. */
export interface KeyUse {
  requestHash: string;
  streamId: string;
  revision: number;
}

/**
 * Idempotency keys, kept apart from the events: EventStoreDB writes one stream atomically, never two. The
 * subject's event is appended first, with an id derived from the key and the request hash in its metadata;
 * then the key's index stream (`<ns>-idempotency-<sha256(key)>`) is created with NO_STREAM, which only one
 * writer can do. Not atomic, so two windows remain, both documented in docs/event-stores.md:
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
    await this.record(key, useOf(unindexed, streamId));
    throw new IdempotencyKeyTaken(key);
  }

  /**
   * Indexes the event just appended under `key` at `use.revision`. Two identical appends racing at one
   * revision carry the same derived id, and the server keeps the first and acknowledges both: when the
   * event there is not `eventId`, this append was the duplicate and is refused.
   */
  async recordAppended(key: string, use: KeyUse, eventId: string): Promise<void> {
    const [stored] =
      (await readEvents(this.client, this.streams.subject(use.streamId), {
        fromRevision: BigInt(use.revision),
        maxCount: 1,
      })) ?? [];
    const kept = stored?.event;
    if (kept && (kept.data as unknown as EventPayload).eventId !== eventId) {
      await this.record(key, useOf(kept, use.streamId));
      throw new IdempotencyKeyTaken(key);
    }
    await this.record(key, use);
  }

  /** Writes the key's index entry; refuses when another append got there first. */
  private async record(key: string, use: KeyUse): Promise<void> {
    try {
      await this.client.appendToStream(
        this.streams.idempotency(key),
        jsonEvent({ type: 'IdempotencyKeyUsed', data: { ...use } }),
        { expectedRevision: NO_STREAM },
      );
    } catch (error) {
      if (errorType(error) === ErrorType.WRONG_EXPECTED_VERSION) throw new IdempotencyKeyTaken(key);
      throw error;
    }
  }
}

/** The key use an appended event records in its metadata. */
function useOf(event: RecordedEvent, streamId: string): KeyUse {
  const { requestHash } = (event.metadata ?? {}) as { requestHash?: string };
  return { requestHash: requestHash ?? '', streamId, revision: Number(event.revision) };
}
