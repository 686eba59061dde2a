import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Language } from '@ledger/domain';
import { CheckBatchRequest, MAX_CHECKS, PermissionCheck } from '@ledger/wire';
import { SUBJECT_ID, SUBJECT_ID_RULE } from '@ledger/runtime';
import { OptionalExplanationLanguage } from '../http/language.decorator';
import { Optional } from '../http/optional.decorator';
import { RefusesFast } from '../http/fast-refusal.decorator';
import { CATEGORY_LIST_MAX, ID_MAX_LENGTH } from '../http/limits';
import { checkBatchFaults } from './check-batch-faults';
import { TimeTravelDto } from './permission-query.dto';

export class CheckDto implements PermissionCheck {
  @ApiProperty({ example: 'debtor-1001', pattern: SUBJECT_ID.source })
  @IsString()
  @Matches(SUBJECT_ID, { message: `subjectId must be ${SUBJECT_ID_RULE}` })
  subjectId!: string;

  @ApiProperty({ example: 'collection' })
  @IsString()
  @MaxLength(ID_MAX_LENGTH)
  purpose!: string;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(CATEGORY_LIST_MAX)
  @IsString({ each: true })
  categories?: string[];
}

@RefusesFast((value, acceptAtOnce) => checkBatchFaults(value, acceptAtOnce, CheckBatchDto))
export class CheckBatchDto extends TimeTravelDto implements CheckBatchRequest {
  @ApiProperty({ type: [CheckDto], minItems: 1, maxItems: MAX_CHECKS })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_CHECKS)
  @ValidateNested({ each: true })
  @Type(() => CheckDto)
  checks!: CheckDto[];

  @OptionalExplanationLanguage()
  explain?: Language;
}
