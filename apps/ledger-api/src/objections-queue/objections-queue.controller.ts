import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { ObjectionsQueueQueryDto } from './objections-queue-query.dto';
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
      '{ position, objections: [{ subjectId, objectionId, purposes, occurredAt, recordedAt, deadline, channel? }] }: ' +
      'every undecided objection of every subject not erased, oldest first; deadline is one month from occurredAt (art. 12(3))',
  })
  list(@Query() query: ObjectionsQueueQueryDto): Promise<ObjectionsQueueAnswer> {
    return this.queries.execute(new PendingObjectionsQuery({ minPosition: query.minPosition }));
  }
}
