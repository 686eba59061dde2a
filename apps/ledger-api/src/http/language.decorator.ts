import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES } from '@ledger/domain';
import { IsIn, IsOptional } from 'class-validator';

/** `explain=en|nl`: add a plain-language explanation to each decision, in that language. */
export const OptionalExplanationLanguage = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: LANGUAGES,
      description: 'add a plain-language explanation of each decision, in English (en) or Dutch (nl)',
    }),
    IsOptional(),
    IsIn(LANGUAGES, { message: `explain must be one of ${LANGUAGES.join(', ')}` }),
  );
