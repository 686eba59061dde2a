import { EstablishBasisBody } from '@ledger/wire';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_BASES, LegalBasis } from '@ledger/domain';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { Optional } from '../http/optional.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';
import { ID_MAX_LENGTH } from '../http/limits';

export class EstablishBasisDto implements EstablishBasisBody {
  @ApiProperty({ description: 'a purpose id of the catalogue', example: 'collection' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  purpose!: string;

  @ApiProperty({ enum: LEGAL_BASES })
  @IsIn(LEGAL_BASES)
  legalBasis!: LegalBasis;

  @OptionalFreeText(
    'what shows the basis: the contract or mandate, the balancing test, the consent receipt; required for every basis but a legal obligation',
  )
  evidence?: string;

  @ApiPropertyOptional({
    description:
      'the version of the privacy statement the person was shown (a catalogue notice); required for consent',
    example: 'webcasso-2026-1',
  })
  @Optional()
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  noticeVersion?: string;

  @ApiPropertyOptional({ description: 'default occurredAt' })
  @Optional()
  @IsTimestamp()
  validFrom?: string;

  @ApiPropertyOptional({ description: "default validFrom + the purpose's maximum duration, if it has one" })
  @Optional()
  @IsTimestamp()
  validUntil?: string;

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
