import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MinPositionQueryDto } from '../http/min-position-query.dto';

/** Only the undecided objections are a queue; decided ones are in each subject's events. */
export const QUEUE_STATUSES = ['pending'] as const;

export class ObjectionsQueueQueryDto extends MinPositionQueryDto {
  @ApiProperty({ enum: QUEUE_STATUSES })
  @IsIn(QUEUE_STATUSES)
  status!: (typeof QUEUE_STATUSES)[number];
}
