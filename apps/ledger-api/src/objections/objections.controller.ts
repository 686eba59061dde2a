import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { DPO_ONLY, WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { idPipe, SubjectIdPipe } from '../http/ids';
import { DecideObjectionDto } from './decide-objection.dto';
import { FileObjectionDto } from './file-objection.dto';
import { WithdrawObjectionDto } from './withdraw-objection.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('objections')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/objections')
export class ObjectionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'ObjectionFiled appended' })
  file(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: FileObjectionDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'FileObjection', objectionId: randomUUID(), ...body }, body),
    );
  }

  @Post(':objectionId/decision')
  @Allow(DPO_ONLY)
  @ApiCreatedResponse({
    description: 'ObjectionUpheld or ObjectionOverridden appended',
  })
  decide(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('objectionId', idPipe('objectionId')) objectionId: string,
    @Body() body: DecideObjectionDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'ResolveObjection', objectionId, ...body }, body),
    );
  }

  @Post(':objectionId/withdrawal')
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'ObjectionWithdrawn appended' })
  withdraw(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('objectionId', idPipe('objectionId')) objectionId: string,
    @Body() body: WithdrawObjectionDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'WithdrawObjection', objectionId, ...body }, body),
    );
  }
}
