import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Optional } from '../http/optional.decorator';

export const EXPORT_FORMATS = ['json', 'dpv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportQueryDto {
  @ApiPropertyOptional({
    enum: EXPORT_FORMATS,
    description:
      "json (default): the ledger's own document; dpv: the same record as JSON-LD in the W3C Data Privacy " +
      'Vocabulary, one record per basis (application/ld+json)',
  })
  @Optional()
  @IsIn(EXPORT_FORMATS)
  format?: ExportFormat;
}
