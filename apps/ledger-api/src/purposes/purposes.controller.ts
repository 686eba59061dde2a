import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PurposeCatalogue } from '@ledger/domain';
import { Allow } from '../auth/access.decorator';
import { ALL_ROLES } from '../auth/roles';
import { PurposeCatalogueQuery } from './purpose-catalogue.query';

@ApiTags('purposes')
@ApiBearerAuth()
@Controller('v1/purposes')
export class PurposesController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: 'the catalogue in force' })
  list(): Promise<PurposeCatalogue> {
    return this.queries.execute(new PurposeCatalogueQuery());
  }
}
