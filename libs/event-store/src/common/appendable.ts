import { AppendOptions, EventToAppend } from '../event-store.port';
import { assertDataKeyId } from './data-key-id';

/**
 * Refuses an append whose event does not sit where the options put it, or that names a data key id no store
 * can keep. The revision is part of the hashed event, so a mismatch is a caller bug that would store a chain
 * no verifier accepts: fail loudly instead.
 */
export function assertAppendable(event: EventToAppend, options: AppendOptions): void {
  if (!Number.isInteger(options.expectedRevision) || options.expectedRevision < -1) {
    throw new RangeError(`expectedRevision must be an integer >= -1, got ${options.expectedRevision}`);
  }
  if (event.revision !== options.expectedRevision + 1) {
    throw new RangeError(
      `event ${event.eventId} has revision ${event.revision}, expected ${options.expectedRevision + 1}`,
    );
  }
  options.destroyDataKeys?.forEach(assertDataKeyId);
}
