import { MAX_DATA_KEY_ID_LENGTH } from '../event-store.port';

/**
 * Refuses a data key id that not every adapter can keep: empty, too long, or holding NUL (which PostgreSQL's
 * `text` refuses). A caller bug, like a misplaced revision: better to fail loudly on every store alike than
 * to keep a key on one store that another would refuse.
 */
export function assertDataKeyId(keyId: string): void {
  if (typeof keyId !== 'string' || keyId.length === 0 || keyId.length > MAX_DATA_KEY_ID_LENGTH) {
    throw new RangeError(`a data key id must be 1 to ${MAX_DATA_KEY_ID_LENGTH} characters long`);
  }
  if (keyId.includes('\u0000')) throw new RangeError('a data key id must not hold NUL');
}
