import { RecordRectificationBody } from '@ledger/wire';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { OptionalRequestId } from '../http/request-id.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class RecordRectificationDto implements RecordRectificationBody {
  @IdList('the data categories corrected (art. 16)', { nonEmpty: true })
  dataCategories!: string[];

  @OptionalFreeText('a note on the correction')
  note?: string;

  @OptionalRequestId('rectification')
  requestId?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
