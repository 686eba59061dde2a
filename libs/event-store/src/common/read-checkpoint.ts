import { ReadCheckpoint } from '../event-store.port';

const MAX_NAME_LENGTH = 100;
/** What a signed 64-bit integer holds: SQLite's INTEGER and PostgreSQL's bigint; every adapter's positions. */
const MAX_POSITION = 2n ** 63n - 1n;
const DECIMAL = /^(0|[1-9]\d*)$/;

/** Refuses a name no adapter can key a checkpoint by (PostgreSQL's `text` refuses NUL). */
export function assertCheckpointName(name: string): void {
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME_LENGTH) {
    throw new RangeError(`a checkpoint name must be 1 to ${MAX_NAME_LENGTH} characters long`);
  }
  if (name.includes('\u0000')) throw new RangeError('a checkpoint name must not hold NUL');
}

/**
 * Refuses a checkpoint not every adapter can keep as it is: a caller bug, better failed loudly on every store
 * alike than kept on one and refused by another.
 */
export function assertReadCheckpoint(name: string, checkpoint: ReadCheckpoint): void {
  assertCheckpointName(name);
  const { position, state } = checkpoint;
  if (typeof position !== 'string' || !DECIMAL.test(position) || BigInt(position) > MAX_POSITION) {
    throw new RangeError(`a checkpoint position must be a decimal integer below 2^63, got ${position}`);
  }
  if (typeof state !== 'string') throw new RangeError('a checkpoint state must be text');
  if (state.includes('\u0000')) throw new RangeError('a checkpoint state must not hold NUL');
}

/** Whether a checkpoint at `next` replaces one at `stored`: the most advanced stays, a level one replaces it. */
export function replaces(stored: string | undefined, next: string): boolean {
  return stored === undefined || BigInt(stored) <= BigInt(next);
}
