import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PurposeCatalogue } from '@ledger/domain';
import { CatalogueVersionsAnswer } from '@ledger/wire';
import { Allow } from '../auth/access.decorator';
import { ALL_ROLES } from '../auth/roles';
import { CatalogueVersionsQuery } from './catalogue-versions.query';
import { PurposeCatalogueQuery } from './purpose-catalogue.query';
import { PurposesQueryDto } from './purposes-query.dto';
import { Nothing, NothingPipe } from '../http/nothing.pipe';

@ApiTags('purposes')
@ApiBearerAuth()
@Controller('v1')
export class PurposesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('purposes')
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: 'the catalogue in force, or the one in force at asOf' })
  list(@Query() query: PurposesQueryDto): Promise<PurposeCatalogue> {
    return this.queries.execute(new PurposeCatalogueQuery(query.asOf));
  }

  @Get('catalogue/versions')
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: 'every catalogue adopted in the log, oldest first' })
  versions(@Query(NothingPipe) _query: Nothing): Promise<CatalogueVersionsAnswer> {
    return this.queries.execute(new CatalogueVersionsQuery());
  }
}
