import { RecordDisclosureBody } from '@ledger/wire';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { OptionalFreeText, OptionalOccurredAt } from '../http/free-text.decorator';
import { IdList } from '../http/id-list.decorator';
import { IsTimestamp } from '../http/timestamp.decorator';
import { ID_MAX_LENGTH } from '../http/limits';

export class RecordDisclosureDto implements RecordDisclosureBody {
  @ApiProperty({ description: 'a recipient of the catalogue, and of the purpose', example: 'clients' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  recipientId!: string;

  @OptionalFreeText('which client, which bailiff office')
  recipientRef?: string;

  @ApiProperty({ description: 'the purpose the data went for', example: 'collection' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  purpose!: string;

  @IdList('the data categories that went to the recipient', { nonEmpty: true })
  dataCategories!: string[];

  @OptionalOccurredAt()
  @IsTimestamp()
  occurredAt?: string;
}
