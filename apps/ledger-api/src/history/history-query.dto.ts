import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Language } from '@ledger/domain';
import { IsString, MaxLength } from 'class-validator';
import { OptionalExplanationLanguage } from '../http/language.decorator';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class HistoryQueryDto {
  @ApiProperty({ example: 'credit-check-sharing', description: 'the purpose whose decisions to trace' })
  @IsString()
  @MaxLength(128)
  purpose!: string;

  @ApiPropertyOptional({ description: 'start of the window (default: the first event)' })
  @Optional()
  @IsTimestamp()
  from?: string;

  @ApiPropertyOptional({ description: 'end of the window (default: asOf, else now)' })
  @Optional()
  @IsTimestamp()
  to?: string;

  @ApiPropertyOptional({ description: 'see only events recorded at or before this time' })
  @Optional()
  @IsTimestamp()
  asOf?: string;

  @OptionalExplanationLanguage()
  explain?: Language;
}
