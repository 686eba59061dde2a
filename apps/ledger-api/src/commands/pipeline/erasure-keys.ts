import { EventToAppend } from '@ledger/event-store';
import { PersonalDataCodec } from '@ledger/runtime';

/**
 * Crypto-shredding at the append: an erasure destroys the subject's data key in the append's own
 * transaction, and once it is durable this process drops its unwrapped copy, so nothing sealed for the
 * subject can be read or written again.
 */
export class ErasureKeys {
  constructor(private readonly codec: PersonalDataCodec) {}

  /** The data keys the event's append destroys, by key id: the subject's own, for an erasure. */
  destroyedBy(event: EventToAppend): readonly string[] | undefined {
    return isErasure(event) ? [event.streamId] : undefined;
  }

  /** After the event's append: forgets the unwrapped keys it destroyed. */
  forgetDestroyedBy(event: EventToAppend): void {
    if (isErasure(event)) this.codec.forget(event.streamId);
  }
}

const isErasure = (event: EventToAppend) => event.type === 'ErasureCompleted';
