import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { LogVerificationAnswer } from '@ledger/wire';
import { LogVerificationQuery } from './log-verification.query';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

/** The whole store: every stream's chain and the global log's continuity, as `npx ledger verify` checks it. */
@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/verification')
export class LogVerificationController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ valid, streams, events, breaks: [{ subjectId, revision, position, problem, detail }], breakCount, headPosition }',
  })
  verify(@Query(NothingPipe) _query: Nothing): Promise<LogVerificationAnswer> {
    return this.queries.execute(new LogVerificationQuery());
  }
}
