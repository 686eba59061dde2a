import { DecideObjectionBody, OBJECTION_OUTCOMES, ObjectionOutcome } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class DecideObjectionDto implements DecideObjectionBody {
  @ApiProperty({ enum: OBJECTION_OUTCOMES })
  @IsIn(OBJECTION_OUTCOMES)
  outcome!: ObjectionOutcome;

  @OptionalFreeText('the motivation; the compelling legitimate grounds, required when overridden')
  motivation?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
