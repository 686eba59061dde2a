import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches } from 'class-validator';
import { Optional } from '../http/optional.decorator';
import { POSITION } from '../permissions/limits';

/** Only the undecided objections are a queue; decided ones are in each subject's events. */
export const QUEUE_STATUSES = ['pending'] as const;

export class ObjectionsQueueQueryDto {
  @ApiProperty({ enum: QUEUE_STATUSES })
  @IsIn(QUEUE_STATUSES)
  status!: (typeof QUEUE_STATUSES)[number];

  @ApiPropertyOptional({ description: 'answer only once the read side has applied this position' })
  @Optional()
  @IsString()
  @Matches(POSITION, { message: 'minPosition must be a position returned by the ledger' })
  minPosition?: string;
}
