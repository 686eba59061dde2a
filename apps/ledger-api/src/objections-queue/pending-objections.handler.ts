import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { refuse } from '@ledger/domain';
import { ObjectionsQueueAnswer } from '@ledger/wire';
import { RefusalException } from '../problems/refusal.exception';
import { ReadSide } from '../read-side/read-side.service';
import { OpenObjections } from './open-objections';
import { PendingObjectionsQuery } from './pending-objections.query';
import { cursorAfter, placeAfter } from './queue-cursor';

/** From the read model the read side feeds with the permission answers' events: both at one position. */
@QueryHandler(PendingObjectionsQuery)
export class PendingObjectionsHandler implements IQueryHandler<
  PendingObjectionsQuery,
  ObjectionsQueueAnswer
> {
  constructor(
    private readonly readSide: ReadSide,
    private readonly openObjections: OpenObjections,
  ) {}

  async execute({ options }: PendingObjectionsQuery): Promise<ObjectionsQueueAnswer> {
    const after = options.after === undefined ? undefined : placeAfter(options.after);
    if (options.after !== undefined && !after) {
      const message = "after must be a page's next";
      throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: 'after', message }]));
    }
    await this.readSide.ensureAnswerable(options.minPosition);
    const { objections, more } = this.openObjections.page(after, options.limit);
    const answer: ObjectionsQueueAnswer = { position: this.readSide.position, objections };
    if (more) answer.next = cursorAfter(objections[objections.length - 1]);
    return answer;
  }
}
