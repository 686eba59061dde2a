import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export const OBJECTION_OUTCOMES = ['upheld', 'overridden'] as const;

export class DecideObjectionDto {
  @ApiProperty({ enum: OBJECTION_OUTCOMES })
  @IsIn(OBJECTION_OUTCOMES)
  outcome!: (typeof OBJECTION_OUTCOMES)[number];

  @OptionalFreeText('the motivation; the compelling legitimate grounds, required when overridden')
  motivation?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
