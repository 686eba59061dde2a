import { Controller, Get, Headers, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { refuse } from '@ledger/domain';
import { FastifyReply } from 'fastify';
import { Allow } from '../auth/access.decorator';
import { CHANGE_READERS } from '../auth/roles';
import { POSITION } from '../permissions/limits';
import { RefusalException } from '../problems/refusal.exception';
import { ChangeFeed } from './change-feed.service';
import { ChangesQueryDto } from './changes-query.dto';

@ApiTags('changes')
@ApiBearerAuth()
@Allow(CHANGE_READERS)
@Controller('v1/changes')
export class ChangesController {
  constructor(private readonly feed: ChangeFeed) {}

  /**
   * A reconnecting client sends the id of the last message it received as `Last-Event-ID`, on the URL it
   * first used, so the header wins over `from`.
   */
  @Get()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: one message per appended event, { position, subjectId, eventId, type, at, changes }, with the position as id',
  })
  stream(
    @Query() query: ChangesQueryDto,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Res() reply: FastifyReply,
  ): void {
    if (lastEventId !== undefined && !POSITION.test(lastEventId)) {
      const message = 'Last-Event-ID must be a position returned by the ledger';
      throw new RefusalException(refuse('VALIDATION_FAILED', message, [{ field: 'Last-Event-ID', message }]));
    }
    this.feed.open(reply, lastEventId ?? query.from ?? this.feed.tail);
  }
}
