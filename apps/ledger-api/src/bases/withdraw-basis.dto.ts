import { WithdrawBasisBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { WITHDRAWAL_REASONS, WithdrawalReason } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class WithdrawBasisDto implements WithdrawBasisBody {
  @ApiProperty({ enum: WITHDRAWAL_REASONS })
  @IsIn(WITHDRAWAL_REASONS)
  reason!: WithdrawalReason;

  @OptionalFreeText('a note on the withdrawal')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
