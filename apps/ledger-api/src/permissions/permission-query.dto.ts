import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Language } from '@ledger/domain';
import { PermissionQuery, TimeTravel } from '@ledger/wire';
import { OptionalExplanationLanguage } from '../http/language.decorator';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';
import { CATEGORIES_TEXT_MAX } from '../http/limits';

/** What every permission question may add: when, as the ledger knew it when, and read-your-writes. */
export class TimeTravelDto extends MinPositionQueryDto implements TimeTravel {
  @ApiPropertyOptional({ description: 'evaluate at this time (default: now, or asOf when given)' })
  @Optional()
  @IsTimestamp()
  at?: string;

  @ApiPropertyOptional({
    description:
      "see only events recorded at or before this time; at most 5 minutes after the ledger's clock",
  })
  @Optional()
  @IsTimestamp()
  asOf?: string;
}

export class PermissionQueryDto extends TimeTravelDto implements PermissionQuery {
  @ApiPropertyOptional({ description: "comma-separated data categories (a subset of the purpose's)" })
  @Optional()
  @IsString()
  @MaxLength(CATEGORIES_TEXT_MAX)
  categories?: string;

  @OptionalExplanationLanguage()
  explain?: Language;
}
