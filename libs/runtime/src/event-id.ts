import { randomBytesFromPool } from './crypto/random-pool';

/**
 * A new event id: a UUID of version 7 (RFC 9562), the current Unix time in milliseconds followed by 74
 * random bits. Ids made one after another sort together, so the store's unique index on them grows at
 * its end instead of dirtying a random page of it for every append of a group commit.
 */
export function newEventId(nowMs = Date.now()): string {
  const bytes = randomBytesFromPool(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = 0x70 | (bytes[6] & 0x0f);
  bytes[8] = 0x80 | (bytes[8] & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
