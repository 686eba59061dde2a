import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { POSITION } from './limits';
import { Optional } from './optional.decorator';

/** The query of a read answered from the read side: `minPosition` makes it wait for the caller's own write. */
export class MinPositionQueryDto {
  @ApiPropertyOptional({
    description: 'answer only once the read side has applied this position',
    pattern: POSITION.source,
  })
  @Optional()
  @IsString()
  @Matches(POSITION, { message: 'minPosition must be a position returned by the ledger' })
  minPosition?: string;
}
