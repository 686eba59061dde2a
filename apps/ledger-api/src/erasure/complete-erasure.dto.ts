import { CompleteErasureBody } from '@ledger/wire';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { OptionalRequestId } from '../http/request-id.decorator';
import { SuppressionRefList } from '../http/suppression-ref.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class CompleteErasureDto implements CompleteErasureBody {
  @IdList('purposes kept under an art. 17(3) exemption of the catalogue', { optional: true })
  retain?: string[];

  @OptionalFreeText('a note on the erasure; unreadable as soon as it is recorded')
  note?: string;

  @OptionalRequestId('erasure')
  requestId?: string;

  @SuppressionRefList()
  suppressionRefs?: string[];

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
