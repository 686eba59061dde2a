import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { idPipe, SubjectIdPipe } from '../http/ids';
import { EstablishBasisDto } from './establish-basis.dto';
import { WithdrawBasisDto } from './withdraw-basis.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('bases')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/bases')
export class BasesController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'BasisEstablished appended' })
  establish(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: EstablishBasisDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'EstablishBasis', basisId: randomUUID(), ...body }, body),
    );
  }

  @Post(':basisId/withdrawal')
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'BasisWithdrawn appended' })
  withdraw(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('basisId', idPipe('basisId')) basisId: string,
    @Body() body: WithdrawBasisDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(recordCommand(request, { type: 'WithdrawBasis', basisId, ...body }, body));
  }
}
