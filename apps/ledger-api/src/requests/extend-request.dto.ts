import { ExtendRequestBody } from '@ledger/wire';
import { OptionalOccurredAt, RequiredFreeText } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class ExtendRequestDto implements ExtendRequestBody {
  @RequiredFreeText('why two further months are needed (art. 12(3))')
  reason!: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
