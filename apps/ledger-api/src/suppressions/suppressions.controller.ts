import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SuppressionAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { ALL_ROLES } from '../auth/roles';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { SuppressionRefPipe } from '../http/suppression-ref.decorator';
import { SuppressionQuery } from './suppression.query';

@ApiTags('erasure')
@ApiBearerAuth()
@Allow(ALL_ROLES)
@Controller('v1/suppressions/:ref')
export class SuppressionsController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({
    description:
      '{ suppressed, purposes }: true when an erasure named this ref while an objection to absolute purposes ' +
      '(direct marketing) was in force; ask before creating a new subject for marketing (art. 21(3))',
  })
  check(
    @Param('ref', SuppressionRefPipe) ref: string,
    @Query() query: MinPositionQueryDto,
  ): Promise<SuppressionAnswer> {
    return this.queries.execute(new SuppressionQuery({ ref, minPosition: query.minPosition }));
  }
}
