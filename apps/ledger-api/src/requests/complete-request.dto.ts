import { CompleteRequestBody } from '@ledger/wire';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  REQUEST_OUTCOMES,
  REQUEST_REFUSAL_GROUNDS,
  RequestOutcome,
  RequestRefusalGround,
} from '@ledger/domain';
import { IsBoolean, IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class CompleteRequestDto implements CompleteRequestBody {
  @ApiProperty({ enum: REQUEST_OUTCOMES })
  @IsIn(REQUEST_OUTCOMES)
  outcome!: RequestOutcome;

  @ApiPropertyOptional({ enum: REQUEST_REFUSAL_GROUNDS, description: 'required when refused, and only then' })
  @Optional()
  @IsIn(REQUEST_REFUSAL_GROUNDS)
  refusalGround?: RequestRefusalGround;

  @OptionalFreeText('why the request is not granted in full (art. 12(4)); required unless granted')
  motivation?: string;

  @ApiPropertyOptional({
    description:
      'the person was told they may complain to the Autoriteit Persoonsgegevens and go to court (art. 12(4)); ' +
      'must be true unless granted',
  })
  @Optional()
  @IsBoolean()
  remediesInformed?: boolean;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
