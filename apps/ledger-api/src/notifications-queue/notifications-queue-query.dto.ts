import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { MinPositionQueryDto } from '../http/min-position-query.dto';

/** Only what is still owed is a queue; what was told is in each subject's events. */
export const NOTIFICATION_STATUSES = ['pending'] as const;

export class NotificationsQueueQueryDto extends MinPositionQueryDto {
  @ApiProperty({ enum: NOTIFICATION_STATUSES })
  @IsIn(NOTIFICATION_STATUSES)
  status!: (typeof NOTIFICATION_STATUSES)[number];
}
