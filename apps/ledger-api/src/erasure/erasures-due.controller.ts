import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ErasuresDueAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { AUDITORS } from '../auth/roles';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { ErasuresDueQuery } from './erasures-due.query';

@ApiTags('erasure')
@ApiBearerAuth()
@Allow(AUDITORS)
@Controller('v1/erasures/due')
export class ErasuresDueController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ position, subjects: [{ subjectId, since, why }] }, oldest first: why is retention-ended (erased, and no ' +
      'retained purpose has a basis left) or no-active-basis (no basis for longer than LEDGER_ERASURE_GRACE, ' +
      'default P28D, and no open request); art. 5(1)(e)',
  })
  list(@Query() query: MinPositionQueryDto): Promise<ErasuresDueAnswer> {
    return this.queries.execute(new ErasuresDueQuery({ minPosition: query.minPosition }));
  }
}
