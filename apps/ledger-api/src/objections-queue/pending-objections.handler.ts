import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ObjectionsQueueAnswer } from '@ledger/wire';
import { ReadSide } from '../read-side/read-side.service';
import { OpenObjections } from './open-objections';
import { PendingObjectionsQuery } from './pending-objections.query';

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
    await this.readSide.ensureAnswerable(options.minPosition);
    return { position: this.readSide.position, objections: this.openObjections.pending() };
  }
}
