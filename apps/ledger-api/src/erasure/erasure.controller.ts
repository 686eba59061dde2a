import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { DPO_ONLY } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { SubjectIdPipe } from '../http/ids';
import { CompleteErasureDto } from './complete-erasure.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('erasure')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/erasure')
export class ErasureController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(DPO_ONLY)
  @ApiCreatedResponse({
    description: "ErasureCompleted appended; the subject's data key destroyed",
  })
  erase(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: CompleteErasureDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(recordCommand(request, { type: 'CompleteErasure', ...body }, body));
  }
}
