import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { SubjectIdPipe } from '../http/ids';
import { ProvideNoticeDto } from './provide-notice.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('notices')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/notices')
export class NoticesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'NoticeProvided appended (arts. 13, 14)' })
  provide(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: ProvideNoticeDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(recordCommand(request, { type: 'RecordNotice', ...body }, body));
  }
}
