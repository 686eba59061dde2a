import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateBy } from 'class-validator';
import { Optional } from './optional.decorator';

export const FREE_TEXT_MAX = 4000;

/** With the `u` flag only a surrogate that is not half of a pair is a code point of category Cs. */
const LONE_SURROGATE = /\p{Cs}/u;

/** Whether `value` is text that survives sealing as it is: UTF-8 has no form for half a surrogate pair. */
export const isWellFormedText = (value: unknown) => typeof value === 'string' && !LONE_SURROGATE.test(value);

/**
 * Free text is sealed as UTF-8, which would turn a lone surrogate (`"\ud800"`, valid JSON) into U+FFFD: the
 * ledger would keep something else than it was given, under a hash of what it kept. Refused instead.
 */
const IsWellFormedText = () =>
  ValidateBy({
    name: 'isWellFormedText',
    validator: {
      validate: isWellFormedText,
      defaultMessage: (args) => `${args?.property ?? 'value'} must not hold half of a UTF-16 surrogate pair`,
    },
  });

const freeTextRules = () => [IsString(), MaxLength(FREE_TEXT_MAX), IsWellFormedText()];

/** An optional free-text field. It may hold personal data: stored sealed, never logged. */
export const OptionalFreeText = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description: `${description} (may hold personal data)`, maxLength: FREE_TEXT_MAX }),
    Optional(),
    ...freeTextRules(),
  );

/** A free-text field that must be given and not empty; like every free text, stored sealed, never logged. */
export const RequiredFreeText = (description: string) =>
  applyDecorators(
    ApiProperty({ description: `${description} (may hold personal data)`, maxLength: FREE_TEXT_MAX }),
    IsNotEmpty(),
    ...freeTextRules(),
  );

export const OptionalOccurredAt = () =>
  applyDecorators(
    ApiPropertyOptional({
      description: 'when it happened in the world; default now, never more than 5 minutes ahead',
      example: '2026-11-24T10:00:00.000Z',
    }),
    Optional(),
  );
