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
  return createHash('sha256').update(canonicalEvent(event)).digest('hex');
}

/**
 * The canonical JSON of the hashed fields. Their names are fixed, so they are written in canonical (sorted)
 * order here; only `actor` and `data`, whose keys vary, are sorted at each call. A field without a value is
 * left out, as canonicalisation leaves out `undefined`.
 */
function canonicalEvent(event: Hashable): string {
  const members = [
    member('actor', event.actor),
    member('data', event.data),
    member('eventId', event.eventId),
    member('occurredAt', event.occurredAt),
    member('prevHash', event.prevHash),
    member('recordedAt', event.recordedAt),
    member('revision', event.revision),
    member('streamId', event.streamId),
    member('type', event.type),
  ];
  return `{${members.filter((text) => text !== '').join(',')}}`;
}

function member(name: string, value: unknown): string {
  return value === undefined ? '' : `"${name}":${canonicalize(value) as string}`;
}
