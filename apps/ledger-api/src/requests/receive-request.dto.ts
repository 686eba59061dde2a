import { ReceiveRequestBody } from '@ledger/wire';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_CHANNELS, ContactChannel, Right, RIGHTS } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { OptionalFreeText } from '../http/free-text.decorator';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class ReceiveRequestDto implements ReceiveRequestBody {
  @ApiProperty({ enum: RIGHTS, description: 'the right the person exercises (contract section 6)' })
  @IsIn(RIGHTS)
  right!: Right;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @Optional()
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @OptionalFreeText('a note on the request')
  note?: string;

  @ApiPropertyOptional({
    description: 'when the request was received: its deadline runs from here (art. 12(3)); default now',
    example: '2026-01-31T09:00:00.000Z',
  })
  @Optional()
  @IsTimestamp()
  occurredAt?: string;
}
