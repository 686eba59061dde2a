import { Actor, SubjectState } from '@ledger/domain';
import { EventStore, EventToAppend, StoredEvent } from '@ledger/event-store';
import { IdempotentRequest } from '../record-command';
import { ErasureKeys } from './erasure-keys';
import { storedKeyOf } from './idempotent-replay';

/** Who asked, and with which key: what an append records besides the event. */
export interface AppendRequest {
  actor: Actor;
  idempotency?: IdempotentRequest;
}

/**
 * Appends a sealed event at the revision it was decided on, so that an append by anyone else since is a
 * conflict; with the request's idempotency key, so that a twin request appends nothing; and destroying the
 * data keys an erasure destroys, in the same transaction.
 */
export class EventAppender {
  constructor(
    private readonly store: EventStore,
    private readonly erasureKeys: ErasureKeys,
  ) {}

  /** `decidedOn`: the subject's state the event was decided on, which says what an erasure ends. */
  async append(
    event: EventToAppend,
    decidedOn: SubjectState,
    { actor, idempotency }: AppendRequest,
  ): Promise<StoredEvent> {
    const { position } = await this.store.append(event, {
      expectedRevision: event.revision - 1,
      idempotencyKey: idempotency && storedKeyOf(actor, idempotency),
      requestHash: idempotency?.requestHash,
      destroyDataKeys: this.erasureKeys.destroyedBy(event, decidedOn),
    });
    this.erasureKeys.forgetDestroyedBy(event, decidedOn);
    return { ...event, position };
  }
}
