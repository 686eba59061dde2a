import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { ObjectionsQueueQueryDto, QUEUE_PAGE_DEFAULT } from './objections-queue-query.dto';
import { ObjectionsQueueAnswer } from '@ledger/wire';
import { PendingObjectionsQuery } from './pending-objections.query';

@ApiTags('objections')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/objections')
export class ObjectionsQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, objections: [{ subjectId, objectionId, purposes, occurredAt, recordedAt, deadline, channel? }], next? }: ' +
      'one page of the undecided objections of every subject not erased, oldest first; deadline is one month from ' +
      'occurredAt (art. 12(3)); next, when more follow, is the after of the next page',
  })
  list(@Query() query: ObjectionsQueueQueryDto): Promise<ObjectionsQueueAnswer> {
    const { minPosition, limit = QUEUE_PAGE_DEFAULT, after } = query;
    return this.queries.execute(new PendingObjectionsQuery({ minPosition, limit, after }));
  }
}
