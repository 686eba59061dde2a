import { Actor, isRefusal } from '@ledger/domain';
import { EventToAppend, hashEvent } from '@ledger/event-store';
import { newEventId, PersonalDataCodec } from '@ledger/runtime';
import { RefusalException } from '../../problems/refusal.exception';
import { Judged } from './command-judgement';

/**
 * The event to append, in its stored form: personal fields sealed under the subject's data key by the codec,
 * and chained by its hash to the head of the footing it was decided on.
 */
export class EventSealing {
  constructor(private readonly codec: PersonalDataCodec) {}

  async eventOf(subjectId: string, actor: Actor, decided: Judged): Promise<EventToAppend> {
    const { footing, outcome, recordedAt } = decided;
    const data = await this.codec.seal(subjectId, outcome.event);
    // An erasure by another process since the footing was read: it took the subject's data key with it.
    if (isRefusal(data)) throw new RefusalException(data);
    const unhashed = {
      eventId: newEventId(),
      streamId: subjectId,
      revision: footing.state.revision + 1,
      type: outcome.event.type,
      occurredAt: outcome.occurredAt,
      recordedAt,
      actor,
      data,
      prevHash: footing.prevHash,
    };
    return { ...unhashed, hash: hashEvent(unhashed) };
  }
}
