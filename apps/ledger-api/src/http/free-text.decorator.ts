import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Optional } from './optional.decorator';

export const FREE_TEXT_MAX = 4000;

/** An optional free-text field. It may hold personal data: stored sealed, never logged. */
export const OptionalFreeText = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description: `${description} (may hold personal data)`, maxLength: FREE_TEXT_MAX }),
    Optional(),
    IsString(),
    MaxLength(FREE_TEXT_MAX),
  );

export const OptionalOccurredAt = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'when it happened in the world; default now, never more than 5 minutes ahead',
      example: '2026-11-24T10:00:00.000Z',
    }),
    Optional(),
  );
