import { Actor, refuse, sealingScope } from '@ledger/domain';
import { EventStore, EventToAppend, hashEvent, WrongExpectedRevision } from '@ledger/event-store';
import { newEventId, PersonalDataCodec } from '@ledger/runtime';
import { RefusalException } from '../../problems/refusal.exception';
import { Judged } from './command-judgement';
import { Footing } from './subject-footings';

/**
 * The event to append, in its stored form: personal fields sealed by the codec under the key of the scope
 * the domain gives them on the footing's state, and chained by its hash to the head of that footing.
 */
export class EventSealing {
  constructor(
    private readonly codec: PersonalDataCodec,
    private readonly store: EventStore,
  ) {}

  async eventOf(subjectId: string, actor: Actor, decided: Judged): Promise<EventToAppend> {
    const { footing, outcome, recordedAt } = decided;
    const scope = sealingScope(outcome.event, footing.state);
    const data = await this.codec.seal(subjectId, outcome.event, scope);
    if (!data) throw await this.keyDestroyed(subjectId, footing);
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

  /**
   * The scope's key is destroyed, which only an erasure does, and the domain never seals under a scope an
   * erasure in its footing ended. So another process's erasure came after the footing: a conflict, decided
   * again on the store, where the command may still be taken (under the new period's key). Keys destroyed by
   * an erasure not in the stream yet (EventStoreDB destroys them before it appends) refuse the command.
   */
  private async keyDestroyed(subjectId: string, footing: Footing): Promise<Error> {
    const revision = (await this.store.readStream(subjectId)).length - 1;
    if (revision > footing.state.revision) {
      return new WrongExpectedRevision(subjectId, footing.state.revision, revision);
    }
    return new RefusalException(refuse('SUBJECT_ERASED', 'the subject has been erased'));
  }
}
