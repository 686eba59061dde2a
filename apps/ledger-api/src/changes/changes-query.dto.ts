import { ApiPropertyOptional } from '@nestjs/swagger';
import { ChangesQuery } from '@ledger/wire';
import { IsOptional, IsString, Matches } from 'class-validator';
import { POSITION } from '../http/limits';

export class ChangesQueryDto implements ChangesQuery {
  @ApiPropertyOptional({
    description: 'start after this position (0: from the first event); default the live tail',
    pattern: POSITION.source,
  })
  @IsOptional()
  @IsString()
  @Matches(POSITION, { message: 'from must be a position returned by the ledger' })
  from?: string;
}
