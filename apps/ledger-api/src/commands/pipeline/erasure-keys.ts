import { scopesEndedBy, SubjectState } from '@ledger/domain';
import { EventToAppend } from '@ledger/event-store';
import { dataKeyId, PersonalDataCodec } from '@ledger/runtime';

/**
 * Crypto-shredding at the append: an erasure destroys the data keys of the scopes it ends (the period it
 * closes, the purposes it does not keep) in the append's own transaction, and once it is durable this
 * process drops its unwrapped copies of exactly those, so nothing sealed under them can be read or written
 * again. The keys of the purposes it keeps stay.
 */
export class ErasureKeys {
  constructor(private readonly codec: PersonalDataCodec) {}

  /** The data keys the event's append destroys, by key id; `state` is the one the event was decided on. */
  destroyedBy(event: EventToAppend, state: SubjectState): readonly string[] | undefined {
    if (event.type !== 'ErasureCompleted') return undefined;
    const erasure = { retain: event.data.retain as string[] };
    return scopesEndedBy(erasure, state).map((scope) => dataKeyId(event.streamId, scope));
  }

  /** After the event's append: forgets the unwrapped keys it destroyed. */
  forgetDestroyedBy(event: EventToAppend, state: SubjectState): void {
    const keyIds = this.destroyedBy(event, state);
    if (keyIds) this.codec.forget(event.streamId, keyIds);
  }
}
