import { applyDecorators } from '@nestjs/common';
import { normalizeTimestamp, TIMESTAMP_FORM } from '@ledger/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

/**
 * An ISO 8601 date-time with a zone, brought to the ledger's canonical form (UTC, milliseconds), so the
 * rest of the ledger compares times as plain strings.
 */
export const IsTimestamp = () =>
  applyDecorators(
    // Merged into the property's own description: it leaves whether the property is required alone.
    ApiProperty({ format: 'date-time' }),
    Transform(({ value }) => (typeof value === 'string' ? (normalizeTimestamp(value) ?? value) : value)),
    ValidateBy({
      name: 'isTimestamp',
      validator: {
        validate: (value) => typeof value === 'string' && normalizeTimestamp(value) === value,
        defaultMessage: (args) => `${args?.property ?? 'value'} must be ${TIMESTAMP_FORM}`,
      },
    }),
  );
