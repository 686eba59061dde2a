import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { RequestsQueueAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { RequestsQueueQueryDto } from './requests-queue-query.dto';
import { RequestsQueueQuery } from './requests-queue.query';

@ApiTags('requests')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/requests')
export class RequestsQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, requests }: the requests of every subject not completed yet, as GET .../requests gives them, ' +
      'the earliest deadline (extendedUntil once extended) first',
  })
  list(@Query() query: RequestsQueueQueryDto): Promise<RequestsQueueAnswer> {
    const { status, minPosition } = query;
    return this.queries.execute(new RequestsQueueQuery({ status, minPosition }));
  }
}
