import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Language } from '@ledger/domain';
import { IsString, MaxLength } from 'class-validator';
import { OptionalExplanationLanguage } from '../http/language.decorator';
import { Optional } from '../http/optional.decorator';
import { ID_MAX_LENGTH } from '../http/limits';
import { IsTimestamp } from '../http/timestamp.decorator';
import { TimeTravelDto } from '../permissions/permission-query.dto';

/** A purpose's decisions over a window, as the ledger knows them now or knew them at `asOf`. */
export class HistoryQueryDto extends PickType(TimeTravelDto, ['asOf'] as const) {
  @ApiProperty({ example: 'credit-check-sharing', description: 'the purpose whose decisions to trace' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  purpose!: string;

  @ApiPropertyOptional({ description: 'start of the window (default: the first event)' })
  @Optional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'end of the window (default: asOf, else now)' })
  @Optional()
  @IsTimestamp()
  to?: string;

  @OptionalExplanationLanguage()
  explain?: Language;
}
