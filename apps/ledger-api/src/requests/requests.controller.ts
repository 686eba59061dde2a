import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubjectRequestsAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS, DPO_ONLY, WRITERS } from '../auth/roles';
import { CommandRequest, CommandRequestContext, recordCommand } from '../commands/command-request';
import { idPipe, SubjectIdPipe } from '../http/ids';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { CompleteRequestDto } from './complete-request.dto';
import { ExtendRequestDto } from './extend-request.dto';
import { ReceiveRequestDto } from './receive-request.dto';
import { SubjectRequestsQuery } from './subject-requests.query';
import { VerifyIdentityDto } from './verify-identity.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

/** The register of data-subject requests (contract section 6). */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('v1/subjects/:subjectId/requests')
export class RequestsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @Allow(WRITERS)
  @ApiCreatedResponse({
    description: 'RequestReceived appended; the answer has requestId',
  })
  receive(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Body() body: ReceiveRequestDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'ReceiveRequest', requestId: randomUUID(), ...body }, body),
    );
  }

  @Post(':requestId/identity')
  @Allow(WRITERS)
  @ApiCreatedResponse({ description: 'IdentityVerified appended (art. 12(6))' })
  verifyIdentity(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('requestId', idPipe('requestId')) requestId: string,
    @Body() body: VerifyIdentityDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'VerifyIdentity', requestId, ...body }, body),
    );
  }

  @Post(':requestId/extension')
  @Allow(DPO_ONLY)
  @ApiCreatedResponse({
    description: 'RequestExtended appended: the deadline moves to three months after receipt (art. 12(3))',
  })
  extend(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('requestId', idPipe('requestId')) requestId: string,
    @Body() body: ExtendRequestDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(recordCommand(request, { type: 'ExtendRequest', requestId, ...body }, body));
  }

  @Post(':requestId/completion')
  @Allow(DPO_ONLY)
  @ApiCreatedResponse({ description: 'RequestCompleted appended (art. 12(3)-(5))' })
  complete(
    @Param('subjectId', SubjectIdPipe) _subjectId: string,
    @Param('requestId', idPipe('requestId')) requestId: string,
    @Body() body: CompleteRequestDto,
    @CommandRequestContext() request: CommandRequest,
    @Query(NothingPipe) _query: Nothing,
  ) {
    return this.commands.execute(
      recordCommand(request, { type: 'CompleteRequest', requestId, ...body }, body),
    );
  }

  @Get()
  @Allow(AUDITORS)
  @ApiOkResponse({
    description:
      '{ subjectId, requests: [{ subjectId, requestId, right, channel, receivedAt, identityVerifiedAt, deadline, ' +
      'extendedUntil, completedAt, outcome, overdue }] }: oldest first; what does not apply yet is null',
  })
  list(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query() query: MinPositionQueryDto,
  ): Promise<SubjectRequestsAnswer> {
    return this.queries.execute(new SubjectRequestsQuery({ subjectId, minPosition: query.minPosition }));
  }
}
