import { NotifyRecipientBody } from '@ledger/wire';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONTACT_CHANNELS, ContactChannel, NOTIFICATION_OUTCOMES, NotificationOutcome } from '@ledger/domain';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';
import { SUBJECT_ID } from '@ledger/runtime';
import { ID_MAX_LENGTH } from '../http/limits';

export class NotifyRecipientDto implements NotifyRecipientBody {
  @ApiProperty({ description: 'the eventId of the restriction, erasure or rectification told of' })
  @Matches(SUBJECT_ID, { message: 'about must be the eventId of an event of this subject' })
  about!: string;

  @ApiProperty({ description: 'a recipient of the catalogue that received the data concerned' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  recipientId!: string;

  @ApiPropertyOptional({
    enum: NOTIFICATION_OUTCOMES,
    description: 'default notified; impossible and disproportionate-effort need a note (art. 19)',
  })
  @Optional()
  @IsIn(NOTIFICATION_OUTCOMES)
  outcome?: NotificationOutcome;

  @ApiPropertyOptional({ enum: CONTACT_CHANNELS })
  @Optional()
  @IsIn(CONTACT_CHANNELS)
  channel?: ContactChannel;

  @OptionalFreeText('why notifying is impossible or disproportionate')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
