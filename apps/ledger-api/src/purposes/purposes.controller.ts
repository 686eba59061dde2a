import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CatalogueIndex, PurposeCatalogue } from '@ledger/domain';
import { Allow } from '../auth/access.decorator';
import { ALL_ROLES } from '../auth/roles';

@ApiTags('purposes')
@ApiBearerAuth()
@Controller('v1/purposes')
export class PurposesController {
  constructor(private readonly catalogue: CatalogueIndex) {}

  @Get()
  @Allow(ALL_ROLES)
  @ApiOkResponse({ description: 'the catalogue in force' })
  list(): PurposeCatalogue {
    return this.catalogue.catalogue;
  }
}
