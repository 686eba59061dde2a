import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandAnswer } from '@ledger/wire';

/** The OpenAPI description of a command's answer. */
export class CommandAnswerDto implements CommandAnswer {
  @ApiProperty() subjectId!: string;
  @ApiProperty() eventId!: string;
  @ApiProperty() type!: string;
  @ApiProperty({ description: "the subject stream's revision, 0-based" }) revision!: number;
  @ApiProperty({ description: 'global log position; pass as minPosition to read your write' })
  position!: string;
  @ApiPropertyOptional() basisId?: string;
  @ApiPropertyOptional() objectionId?: string;
  @ApiPropertyOptional() restrictionId?: string;
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional() rectificationId?: string;
  @ApiPropertyOptional() disclosureId?: string;
  @ApiPropertyOptional({
    type: [String],
    description:
      'for an objection: the purposes it names whose objection rule is none (art. 21 does not apply)',
  })
  notApplicable?: string[];
}
