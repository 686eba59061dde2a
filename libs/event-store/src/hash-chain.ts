import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { EventToAppend } from './event-store.port';

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
