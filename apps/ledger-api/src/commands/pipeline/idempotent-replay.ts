import { Actor, CatalogueIndex, refuse } from '@ledger/domain';
import { CommandAnswer } from '@ledger/wire';
import { EventStore, IdempotencyKeyTaken } from '@ledger/event-store';
import { RefusalException } from '../../problems/refusal.exception';
import { IdempotentRequest } from '../record-command';
import { answerOf } from './command-answer';

/** The key the store keeps: each API key (by its name) has idempotency keys of its own. */
export const storedKeyOf = (actor: Actor, request: IdempotentRequest) => `${actor.name}\u0000${request.key}`;

/**
 * `Idempotency-Key`: a retry of a request gets the first answer and appends nothing; the key reused for
 * another request is refused. The store keeps each key with the event it appended and the request's digest.
 */
export class IdempotentReplay {
  constructor(
    private readonly store: EventStore,
    /** The catalogue in force, by which an objection's answer names what art. 21 does not apply to. */
    private readonly catalogue: () => CatalogueIndex,
  ) {}

  /**
   * The key's first answer when it was used before; else `record`'s. When a concurrent request with the same
   * key wins the race, this one answers as the winner did: the store refuses its append for the key, or it
   * was judged against the state the winner made (an If-Match it moved on, a basis it withdrew) and refused.
   */
  async answer(
    actor: Actor,
    request: IdempotentRequest,
    record: () => Promise<CommandAnswer>,
  ): Promise<CommandAnswer> {
    const storedKey = storedKeyOf(actor, request);
    const earlier = await this.earlierAnswer(storedKey, request);
    if (earlier) return earlier;
    try {
      return await record();
    } catch (error) {
      if (error instanceof IdempotencyKeyTaken) return this.winnersAnswer(storedKey, request);
      const won = error instanceof RefusalException ? await this.earlierAnswer(storedKey, request) : null;
      if (won) return won;
      throw error;
    }
  }

  /** The first answer for the key, `null` while it is unused; refuses a key used for another request. */
  private async earlierAnswer(storedKey: string, request: IdempotentRequest): Promise<CommandAnswer | null> {
    const record = await this.store.findIdempotencyKey(storedKey);
    if (!record) return null;
    if (record.requestHash !== request.requestHash) {
      throw new RefusalException(
        refuse('IDEMPOTENCY_KEY_REUSED', 'this Idempotency-Key was used for a different request'),
      );
    }
    return answerOf(record.event, this.catalogue());
  }

  private async winnersAnswer(storedKey: string, request: IdempotentRequest): Promise<CommandAnswer> {
    const answer = await this.earlierAnswer(storedKey, request);
    // The store refused the key because it holds it, and it never lets go of one.
    if (!answer) throw new Error('the store refused an idempotency key that it does not hold');
    return answer;
  }
}
