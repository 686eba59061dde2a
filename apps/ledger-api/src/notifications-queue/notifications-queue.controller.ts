import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PendingNotificationsAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { NotificationsQueueQueryDto } from './notifications-queue-query.dto';
import { PendingNotificationsQuery } from './pending-notifications.query';

@ApiTags('recipients')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/notifications')
export class NotificationsQueueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, notifications: [{ subjectId, about: { eventId, type, occurredAt }, recipientId, recipientName }] }: ' +
      'each recipient that received data a restriction, erasure or rectification concerns and has not been told ' +
      'yet (art. 19), oldest first',
  })
  list(@Query() query: NotificationsQueueQueryDto): Promise<PendingNotificationsAnswer> {
    return this.queries.execute(new PendingNotificationsQuery({ minPosition: query.minPosition }));
  }
}
