import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { SubjectIdPipe } from '../http/ids';
import { RecordRectificationDto } from './record-rectification.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/rectifications')
export class RectificationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({
    description: 'RectificationRecorded appended (art. 16); the answer has rectificationId',
  })
  record(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: RecordRectificationDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    const command = { type: 'RecordRectification' as const, rectificationId: randomUUID(), ...body };
    return this.commands.execute(recordCommand(request, command, body));
  }
}
