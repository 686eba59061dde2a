import { ANY, ErrorType, EventStoreDBClient, NO_STREAM, jsonEvent } from '@eventstore/db-client';
import { errorType, isMissingStream } from './eventstoredb-errors';
import { readEvents } from './eventstoredb-reads';
import { LedgerStreams } from './eventstoredb-streams';

/**
 * Each data key lives in its own small stream, named by its key id, whose first event holds it. Destroying
 * the key tombstones that stream: it can never be written again (so no key is ever stored after an erasure),
 * reads fail, and the server removes the bytes at its next scavenge.
 */
export class EventStoreDbDataKeys {
  constructor(
    private readonly client: EventStoreDBClient,
    private readonly streams: LedgerStreams,
  ) {}

  async get(keyId: string): Promise<Buffer | null> {
    const events = (await readEvents(this.client, this.streams.dataKey(keyId))) ?? [];
    // A destruction whose tombstone failed still counts: the key is not handed out again.
    if (events.some((resolved) => resolved.event?.type === 'DataKeyDestroyed')) return null;
    const stored = events[0]?.event?.data as { wrappedKey?: string } | undefined;
    return stored?.wrappedKey === undefined ? null : Buffer.from(stored.wrappedKey, 'base64');
  }

  async putIfAbsent(keyId: string, wrappedKey: Buffer): Promise<Buffer | null> {
    try {
      await this.client.appendToStream(
        this.streams.dataKey(keyId),
        jsonEvent({ type: 'DataKeyStored', data: { wrappedKey: wrappedKey.toString('base64') } }),
        { expectedRevision: NO_STREAM },
      );
      return wrappedKey;
    } catch (error) {
      if (isMissingStream(error)) return null;
      if (errorType(error) !== ErrorType.WRONG_EXPECTED_VERSION) throw error;
      return this.get(keyId);
    }
  }

  async destroy(keyId: string): Promise<void> {
    const stream = this.streams.dataKey(keyId);
    try {
      // Written first so the stream exists: an id destroyed before it ever had a key is barred all the same.
      await this.client.appendToStream(stream, jsonEvent({ type: 'DataKeyDestroyed', data: {} }), {
        expectedRevision: ANY,
      });
      await this.client.tombstoneStream(stream, { expectedRevision: ANY });
    } catch (error) {
      if (errorType(error) !== ErrorType.STREAM_DELETED) throw error;
    }
  }
}
