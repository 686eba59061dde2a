import { WithdrawObjectionBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FREE_TEXT_MAX, OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class WithdrawObjectionDto implements WithdrawObjectionBody {
  @ApiProperty({
    description:
      'what shows that the person withdrew the objection, e.g. a letter reference (may hold personal data)',
    maxLength: FREE_TEXT_MAX,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FREE_TEXT_MAX)
  evidence!: string;

  @OptionalFreeText('a note on the withdrawal')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
