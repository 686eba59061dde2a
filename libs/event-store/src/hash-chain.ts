import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { EventToAppend, StoredEvent } from './event-store.port';

/** The `prevHash` of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);

type Hashable = Omit<EventToAppend, 'hash'>;

/**
 * SHA-256 over the RFC 8785 canonical JSON of the event's stored form and its `prevHash`. The position is
 * left out: the store assigns it after the hash is fixed. Personal fields are hashed in their stored
 * (encrypted) form, so destroying the key that reads them leaves the chain intact.
 */
export function hashEvent(event: Hashable): string {
  const canonical = canonicalize({
    eventId: event.eventId,
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actor: event.actor,
    data: event.data,
    prevHash: event.prevHash,
  });
  return createHash('sha256')
    .update(canonical as string)
    .digest('hex');
}

export interface ChainVerification {
  valid: boolean;
  eventCount: number;
  headHash: string | null;
  /** The first revision whose link or hash does not hold. */
  brokenAt?: number;
}

/** Recomputes a stream's chain from its stored events. */
export function verifyChain(events: readonly StoredEvent[]): ChainVerification {
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (event.revision !== i || event.prevHash !== prevHash || hashEvent(event) !== event.hash) {
      return {
        valid: false,
        eventCount: events.length,
        headHash: events[events.length - 1].hash,
        brokenAt: i,
      };
    }
    prevHash = event.hash;
  }
  return { valid: true, eventCount: events.length, headHash: events.length ? prevHash : null };
}
