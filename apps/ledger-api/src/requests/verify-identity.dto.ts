import { VerifyIdentityBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { IDENTITY_METHODS, IdentityMethod } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';

export class VerifyIdentityDto implements VerifyIdentityBody {
  @ApiProperty({
    enum: IDENTITY_METHODS,
    description:
      'how the requester was identified; proportionate (art. 12(6)), so no-reasonable-doubt counts',
  })
  @IsIn(IDENTITY_METHODS)
  method!: IdentityMethod;

  @OptionalFreeText('why the identity is not in doubt; required with no-reasonable-doubt and other')
  note?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
