import { ExtendRequestBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FREE_TEXT_MAX, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class ExtendRequestDto implements ExtendRequestBody {
  @ApiProperty({
    description: 'why two further months are needed (art. 12(3)); may hold personal data',
    maxLength: FREE_TEXT_MAX,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(FREE_TEXT_MAX)
  reason!: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
