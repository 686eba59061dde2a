import { WithdrawObjectionBody } from '@ledger/wire';
import { OptionalFreeText, OptionalOccurredAt, RequiredFreeText } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class WithdrawObjectionDto implements WithdrawObjectionBody {
  @RequiredFreeText('what shows that the person withdrew the objection, e.g. a letter reference')
  evidence!: string;

  @OptionalFreeText('a note on the withdrawal')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
