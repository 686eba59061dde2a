import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES } from '@ledger/domain';
import { IsIn } from 'class-validator';
import { Optional } from './optional.decorator';

/** `explain=en|nl`: add a plain-language explanation to each decision, in that language. */
export const OptionalExplanationLanguage = () =>
  applyDecorators(
    ApiPropertyOptional({
      enum: LANGUAGES,
      description: 'add a plain-language explanation of each decision, in English (en) or Dutch (nl)',
    }),
    Optional(),
    IsIn(LANGUAGES, { message: `explain must be one of ${LANGUAGES.join(', ')}` }),
  );
