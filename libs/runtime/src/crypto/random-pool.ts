import { randomFillSync } from 'node:crypto';

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/**
 * `size` bytes from the CSPRNG, drawn 4 KiB at a time: one call to it instead of one per IV or id (as
 * Node's own `randomUUID` does). Every pooled byte is handed out once.
 */
export function randomBytesFromPool(size: number): Buffer {
  if (offset + size > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + size));
  offset += size;
  return bytes;
}
