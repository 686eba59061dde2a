import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { DPO_ONLY } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { idPipe, SubjectIdPipe } from '../http/ids';
import { ApplyRestrictionDto } from './apply-restriction.dto';
import { LiftRestrictionDto } from './lift-restriction.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('restrictions')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/restrictions')
@Allow(DPO_ONLY)
export class RestrictionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ description: 'RestrictionApplied appended' })
  apply(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: ApplyRestrictionDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'ApplyRestriction', restrictionId: randomUUID(), ...body }, body),
    );
  }

  @Post(':restrictionId/lifting')
  @ApiCreatedResponse({ description: 'RestrictionLifted appended' })
  lift(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('restrictionId', idPipe('restrictionId')) restrictionId: string,
    @Body() body: LiftRestrictionDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'LiftRestriction', restrictionId, ...body }, body),
    );
  }
}
