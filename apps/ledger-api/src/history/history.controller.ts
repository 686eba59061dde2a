import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { SubjectIdPipe } from '../http/ids';
import { DecisionHistoryAnswer } from '@ledger/wire';
import { DecisionHistoryQuery } from './decision-history.query';
import { HistoryQueryDto } from './history-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/subjects/:subjectId/history')
export class HistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ subjectId, purpose, from, to, asOf, changes: [{ at, permitted, reasons, basis, causedBy }] }: ' +
      "every change of the purpose's decision, in world time, as the ledger knows it now (or at asOf)",
  })
  history(
    @Param('subjectId', SubjectIdPipe) subjectId: string,
    @Query() query: HistoryQueryDto,
  ): Promise<DecisionHistoryAnswer> {
    const { purpose, from, to, asOf, explain } = query;
    return this.queries.execute(new DecisionHistoryQuery({ subjectId, purpose, from, to, asOf, explain }));
  }
}
