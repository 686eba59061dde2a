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
import { SUBJECT_ID } from '@ledger/runtime';
import { OptionalExplanationLanguage } from '../http/language.decorator';
import { Optional } from '../http/optional.decorator';
import { AcceptsFast } from '../http/fast-accept.decorator';
import { CATEGORY_LIST_MAX, ID_MAX_LENGTH } from './limits';
import { TimeTravelDto } from './permission-query.dto';
import { plainlyValidBatch } from './plainly-valid';

export class CheckDto implements PermissionCheck {
  @ApiProperty({ example: 'debtor-1001', pattern: SUBJECT_ID.source })
  @IsString()
  @Matches(SUBJECT_ID, { message: 'subjectId must be 1..128 characters of [A-Za-z0-9._:-]' })
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

@AcceptsFast((value) =>
  plainlyValidBatch(
    value,
    () => new CheckBatchDto(),
    () => new CheckDto(),
  ),
)
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
