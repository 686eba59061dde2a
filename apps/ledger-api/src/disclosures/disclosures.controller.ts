import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { SubjectIdPipe } from '../http/ids';
import { RecordDisclosureDto } from './record-disclosure.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('recipients')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/disclosures')
export class DisclosuresController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({
    description:
      'DataDisclosed appended, whether or not the decision would have permitted it; the answer has disclosureId',
  })
  record(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: RecordDisclosureDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    const command = { type: 'RecordDisclosure' as const, disclosureId: randomUUID(), ...body };
    return this.commands.execute(recordCommand(request, command, body));
  }
}
