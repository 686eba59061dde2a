import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SubjectEventsAnswer, VerificationAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { SubjectEventsQuery } from './subject-events.query';
import { SubjectVerificationQuery } from './subject-verification.query';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('events')
  @ApiOkResponse({ description: '{ subjectId, revision, events }, ordered by revision' })
  events(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query(NothingPipe) _query: Nothing,
  ): Promise<SubjectEventsAnswer> {
    return this.queries.execute(new SubjectEventsQuery({ subjectId }));
  }

  @Get('verification')
  @ApiOkResponse({
    description: '{ subjectId, valid, eventCount, headHash }: the chain recomputed from the store',
  })
  verification(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query(NothingPipe) _query: Nothing,
  ): Promise<VerificationAnswer> {
    return this.queries.execute(new SubjectVerificationQuery({ subjectId }));
  }
}
