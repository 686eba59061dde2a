import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { NoticesDueAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { NoticesDueQuery } from './notices-due.query';

@ApiTags('notices')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/notices/due')
export class NoticesDueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, subjects: [{ subjectId, since }] }, oldest first: the subjects that had a basis established ' +
      'more than a month ago and were given no notice (arts. 13, 14(3)(a)); since is when it fell due',
  })
  list(@Query() query: MinPositionQueryDto): Promise<NoticesDueAnswer> {
    return this.queries.execute(new NoticesDueQuery({ minPosition: query.minPosition }));
  }
}
