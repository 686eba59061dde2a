import { ApiPropertyOptional } from '@nestjs/swagger';
import { PurposesQuery } from '@ledger/wire';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class PurposesQueryDto implements PurposesQuery {
  @ApiPropertyOptional({
    description:
      "the catalogue in force at this time (what the ledger decided with then); at most 5 minutes after the ledger's clock",
  })
  @Optional()
  @IsTimestamp()
  asOf?: string;
}
