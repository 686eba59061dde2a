import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PermissionQuery, TimeTravel } from '@ledger/contracts';
import { IsTimestamp } from '../http/timestamp.decorator';

export const POSITION = /^\d{1,30}$/;

/** What every permission question may add: when, as the ledger knew it when, and read-your-writes. */
export class TimeTravelDto implements TimeTravel {
  @ApiPropertyOptional({ description: 'evaluate at this time (default: now, or asOf when given)' })
  @IsOptional()
  @IsTimestamp()
  at?: string;

  @ApiPropertyOptional({ description: 'see only events recorded at or before this time' })
  @IsOptional()
  @IsTimestamp()
  asOf?: string;

  @ApiPropertyOptional({ description: 'answer only once the read side has applied this position' })
  @IsOptional()
  @IsString()
  @Matches(POSITION, { message: 'minPosition must be a position returned by the ledger' })
  minPosition?: string;
}

export class PermissionQueryDto extends TimeTravelDto implements PermissionQuery {
  @ApiPropertyOptional({ description: "comma-separated data categories (a subset of the purpose's)" })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  categories?: string;
}
