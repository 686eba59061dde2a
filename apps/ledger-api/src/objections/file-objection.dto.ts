import { FileObjectionBody } from '@ledger/wire';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { OBJECTION_CHANNELS, ObjectionChannel } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { Optional } from '../http/optional.decorator';
import { OptionalRequestId } from '../http/request-id.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class FileObjectionDto implements FileObjectionBody {
  @IdList('the purposes objected to', { nonEmpty: true })
  purposes!: string[];

  @OptionalFreeText('the grounds relating to the particular situation (art. 21(1))')
  grounds?: string;

  @ApiPropertyOptional({ enum: OBJECTION_CHANNELS })
  @Optional()
  @IsIn(OBJECTION_CHANNELS)
  channel?: ObjectionChannel;

  @OptionalRequestId('objection')
  requestId?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
