import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import type { FieldError, LivenessAnswer, Problem, ReadinessAnswer } from '@ledger/wire';
import { count, listOf, objectOf, oneOfValues, optional, position, ref, text } from '../typed-schema';
import { PROBLEM_CODES } from '../problem-codes';

/** RFC 9457 problems (contract section 5), and the health answers, which need no key. */
export const PROBLEM_SCHEMAS: Record<string, SchemaObject> = {
  FieldError: objectOf<FieldError>({
    field: text('the field, query parameter or header at fault'),
    message: text(),
  }),
  Problem: objectOf<Problem>(
    {
      type: text('urn:basis-ledger:problem:<code>'),
      title: text(),
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: text(),
      code: oneOfValues(Object.keys(PROBLEM_CODES), "the contract's machine-readable code"),
      instance: optional(text('the path asked for')),
      fields: optional(listOf(ref('FieldError'), 'for validation problems: the first 100 fields at fault')),
      fieldCount: optional(count('how many fields are at fault in all')),
      headPosition: optional(
        position('for POSITION_BEYOND_HEAD: where the log ends, where a stream may start'),
      ),
    },
    'An RFC 9457 problem (application/problem+json)',
  ),
  LivenessAnswer: objectOf<LivenessAnswer>({ status: oneOfValues(['live']) }),
  ReadinessAnswer: objectOf<ReadinessAnswer>({
    status: oneOfValues(['ready', 'not-ready']),
    position: position("the read side's position"),
  }),
};
