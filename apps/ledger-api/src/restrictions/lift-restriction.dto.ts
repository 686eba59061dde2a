import { LiftRestrictionBody } from '@ledger/wire';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Optional } from '../http/optional.decorator';
import { OptionalOccurredAt, RequiredFreeText } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class LiftRestrictionDto implements LiftRestrictionBody {
  @RequiredFreeText('why the restriction ends')
  reason!: string;

  @ApiPropertyOptional({
    description:
      'when the person was told that the restriction ends (art. 18(3)), at or before the lifting; a lifting without it is refused with 422 SUBJECT_NOT_INFORMED',
    example: '2026-11-23T09:00:00.000Z',
  })
  @Optional()
  @IsTimestamp()
  subjectInformedAt!: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
