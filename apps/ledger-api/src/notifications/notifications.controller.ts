import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { SubjectIdPipe } from '../http/ids';
import { NotifyRecipientDto } from './notify-recipient.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('recipients')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/notifications')
export class NotificationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({
    description:
      'RecipientNotified appended: a recipient told of a restriction, erasure or rectification (art. 19)',
  })
  notify(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: NotifyRecipientDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(recordCommand(request, { type: 'NotifyRecipient', ...body }, body));
  }
}
