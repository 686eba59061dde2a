import { ApplyRestrictionBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { RESTRICTION_GROUNDS, RestrictionGround } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { OptionalRequestId } from '../http/request-id.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class ApplyRestrictionDto implements ApplyRestrictionBody {
  @ApiProperty({ enum: RESTRICTION_GROUNDS, description: 'art. 18(1)(a)-(d)' })
  @IsIn(RESTRICTION_GROUNDS)
  ground!: RestrictionGround;

  @IdList('the purposes restricted; with no purposes and no categories, everything is', { optional: true })
  purposes?: string[];

  @IdList('the data categories restricted', { optional: true })
  dataCategories?: string[];

  @OptionalFreeText('a note on the restriction')
  note?: string;

  @OptionalRequestId('restriction')
  requestId?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
