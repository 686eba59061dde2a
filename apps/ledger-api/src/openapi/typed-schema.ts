import type { ReferenceObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { SUBJECT_ID } from '@ledger/runtime';
import { POSITION } from '../http/limits';

/**
 * JSON Schemas written against the wire types. `objectOf<T>` takes one entry per field of `T`, no more and no
 * fewer; a field `T` may leave out must be wrapped in `optional`, and one that may be `null` in `nullable`,
 * and no other: so when a wire type changes, tsc refuses its schema until the schema says the same.
 */
export type Schema = SchemaObject | ReferenceObject;

declare const NULLABLE: unique symbol;
/** A schema that admits `null` as well (OpenAPI 3.1: `anyOf` with `{ type: 'null' }`). */
export type NullableSchema = SchemaObject & { readonly [NULLABLE]: true };
type PlainSchema = Schema & { readonly [NULLABLE]?: never };

/** A field its type may leave out. */
export interface OptionalField<S> {
  optional: S;
}

type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T];
type ValueSchema<V> = null extends V ? NullableSchema : PlainSchema;

export type Fields<T> = {
  [K in keyof T]-?: K extends OptionalKeys<T>
    ? OptionalField<ValueSchema<Exclude<T[K], undefined>>>
    : ValueSchema<T[K]>;
};

const isOptional = (field: unknown): field is OptionalField<Schema> =>
  typeof field === 'object' && field !== null && 'optional' in field;

export const optional = <S extends Schema>(schema: S): OptionalField<S> => ({ optional: schema });

export const nullable = (schema: Schema, description?: string): NullableSchema =>
  ({ ...(description && { description }), anyOf: [schema, { type: 'null' }] }) as NullableSchema;

/** An object with exactly the fields of `T`: answers never carry a field their type does not name. */
export function objectOf<T>(fields: Fields<T>, description?: string): SchemaObject {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [name, field] of Object.entries(fields as Record<string, unknown>)) {
    if (isOptional(field)) {
      properties[name] = field.optional;
    } else {
      properties[name] = field as Schema;
      required.push(name);
    }
  }
  return {
    type: 'object',
    ...(description && { description }),
    properties,
    ...(required.length > 0 && { required }),
    additionalProperties: false,
  };
}

export const ref = (name: string): ReferenceObject => ({ $ref: `#/components/schemas/${name}` });

export const text = (description?: string): SchemaObject => ({
  type: 'string',
  ...(description && { description }),
});

export const oneOfValues = (values: readonly string[], description?: string): SchemaObject => ({
  type: 'string',
  enum: [...values],
  ...(description && { description }),
});

export const listOf = (items: Schema, description?: string): SchemaObject => ({
  type: 'array',
  items,
  ...(description && { description }),
});

export const flag = (description?: string): SchemaObject => ({
  type: 'boolean',
  ...(description && { description }),
});

export const count = (description?: string): SchemaObject => ({
  type: 'integer',
  minimum: 0,
  ...(description && { description }),
});

/** Times are ISO 8601 in UTC with milliseconds (contract section 1). */
export const timestamp = (description?: string): SchemaObject => ({
  type: 'string',
  format: 'date-time',
  example: '2026-11-24T10:00:00.000Z',
  ...(description && { description }),
});

/** A global log position: an opaque string of digits (contract section 1). */
export const position = (description?: string): SchemaObject => ({
  type: 'string',
  pattern: POSITION.source,
  ...(description && { description }),
});

export const subjectId = (): SchemaObject => ({
  type: 'string',
  pattern: SUBJECT_ID.source,
  example: 'debtor-1001',
});
