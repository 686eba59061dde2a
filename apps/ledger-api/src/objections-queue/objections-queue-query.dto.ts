import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { MinPositionQueryDto } from '../http/min-position-query.dto';
import { Optional } from '../http/optional.decorator';

/** Only the undecided objections are a queue; decided ones are in each subject's events. */
export const QUEUE_STATUSES = ['pending'] as const;

/** A page's size when the caller names none, and the most a caller may name (contract section 5). */
export const QUEUE_PAGE_DEFAULT = 100;
export const QUEUE_PAGE_MAX = 1000;

/** One message for every way a limit can be wrong: a `1.5` is not "greater than 1000". */
const LIMIT_RULE = { message: `limit must be a whole number from 1 to ${QUEUE_PAGE_MAX}` };

export class ObjectionsQueueQueryDto extends MinPositionQueryDto {
  @ApiProperty({ enum: QUEUE_STATUSES })
  @IsIn(QUEUE_STATUSES)
  status!: (typeof QUEUE_STATUSES)[number];

  @ApiPropertyOptional({
    description: `how many objections a page lists, 1 to ${QUEUE_PAGE_MAX}; default ${QUEUE_PAGE_DEFAULT}`,
  })
  @Optional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value))
  @IsInt(LIMIT_RULE)
  @Min(1, LIMIT_RULE)
  @Max(QUEUE_PAGE_MAX, LIMIT_RULE)
  limit?: number;

  @ApiPropertyOptional({ description: "the previous page's `next`: the page after it" })
  @Optional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,2048}$/, { message: "after must be a page's next" })
  after?: string;
}
