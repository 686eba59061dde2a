import { ProvideNoticeBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_CHANNELS, ContactChannel } from '@ledger/domain';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';
import { ID_MAX_LENGTH } from '../http/limits';

export class ProvideNoticeDto implements ProvideNoticeBody {
  @ApiProperty({ description: 'a notice version of the catalogue', example: 'webcasso-2026-1' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  noticeVersion!: string;

  @ApiProperty({ enum: CONTACT_CHANNELS })
  @IsIn(CONTACT_CHANNELS)
  channel!: ContactChannel;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
