import { CompleteErasureBody } from '@ledger/contracts';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class CompleteErasureDto implements CompleteErasureBody {
  @IdList('purposes kept under art. 17(3)', { optional: true })
  retain?: string[];

  @OptionalFreeText('a note on the erasure; unreadable as soon as it is recorded')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
