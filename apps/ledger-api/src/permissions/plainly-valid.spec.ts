import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import fc from 'fast-check';
import { fastAcceptOf } from '../http/fast-accept.decorator';
import { shapeFault } from '../http/request-shape';
import { VALIDATION_OPTIONS } from '../problems/validation.pipe';
import { CheckBatchDto } from './check-batch.dto';
import { PermissionQueryDto } from './permission-query.dto';

/** class-validator alone, as the pipe judged every request before the fast acceptors. */
const classValidator = new ValidationPipe(VALIDATION_OPTIONS);

/** Mostly plainly valid input, with a fault now and then: the fast path must be exercised and tempted. */
const anything = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 2 }),
);
const field = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, absent: number) =>
  fc.oneof(
    { arbitrary: good, weight: 8 },
    { arbitrary: fc.oneof(bad, anything), weight: 1 },
    { arbitrary: fc.constant(undefined), weight: absent },
  );
const time = field(
  fc.constantFrom('2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00+01:00', '2026-11-24T10:00:00.1234Z'),
  fc.constantFrom('2026-02-30T10:00:00Z', 'yesterday', '2026-11-24'),
  12,
);
const position = field(fc.constantFrom('42', '0'), fc.constantFrom('4x', '1'.repeat(31)), 12);
const timeTravel = { at: time, asOf: time, minPosition: position };
const subjectId = field(fc.constant('debtor-1001'), fc.constantFrom('x'.repeat(129), 'bad id'), 1);
const purpose = field(fc.constant('collection'), fc.constantFrom('p'.repeat(129), ''), 1);
const categories = field(
  fc.array(fc.constantFrom('naw', 'email'), { maxLength: 3 }),
  fc.constant(Array.from({ length: 101 }, () => 'naw')),
  8,
);
const categoriesText = field(fc.constant('naw,email'), fc.constant('n'.repeat(2049)), 8);
const extra = fc.oneof(
  { arbitrary: fc.constant(undefined), weight: 19 },
  { arbitrary: fc.constant({ colour: 'blue' }), weight: 1 },
  { arbitrary: fc.constant(JSON.parse('{"constructor":{"prototype":{}}}')), weight: 1 },
  { arbitrary: fc.constant({ nested: JSON.parse('['.repeat(20) + ']'.repeat(20)) }), weight: 1 },
);

const withoutUndefined = (value: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));

const query = fc
  .record({ ...timeTravel, categories: categoriesText, extra })
  .map(({ extra: more, ...fields }) => ({ ...withoutUndefined(fields), ...more }));
const check = fc
  .record({ subjectId, purpose, categories, extra })
  .map(({ extra: more, ...fields }) => ({ ...withoutUndefined(fields), ...more }));
const batch = fc
  .record({ ...timeTravel, checks: field(fc.array(check, { maxLength: 3 }), fc.constant([]), 1), extra })
  .map(({ extra: more, ...fields }) => ({ ...withoutUndefined(fields), ...more }));

/** What class-validator makes of the input, or the field paths it refuses. */
async function judged(value: unknown, metatype: typeof PermissionQueryDto | typeof CheckBatchDto) {
  try {
    return { accepted: await classValidator.transform(value, { type: 'query', metatype }) };
  } catch (error) {
    return { refused: (error as { refusal: { fields: unknown } }).refusal.fields };
  }
}

describe('fast acceptors of the permission requests', () => {
  it.each([
    ['query', query, PermissionQueryDto],
    ['batch body', batch, CheckBatchDto],
  ] as const)(
    'accept a %s only when class-validator accepts it, with the same result, and no shape fault in it',
    async (_, input, dto) => {
      const accept = fastAcceptOf(dto)!;
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const fast = accept(value);
          if (fast === undefined) return;
          // The pipe asks the acceptor before it walks the input for faults (see LedgerValidationPipe).
          expect(shapeFault(value)).toBeNull();
          expect(await judged(value, dto)).toStrictEqual({ accepted: fast });
        }),
        { numRuns: 1000 },
      );
    },
  );

  it('accept the requests internal systems send every moment', () => {
    expect(fastAcceptOf(PermissionQueryDto)!({})).toBeInstanceOf(PermissionQueryDto);
    expect(fastAcceptOf(PermissionQueryDto)!({ asOf: '2026-11-24T11:00:00+01:00' })).toMatchObject({
      asOf: '2026-11-24T10:00:00.000Z',
    });
    const checks = [{ subjectId: 'debtor-1', purpose: 'collection', categories: ['naw'] }];
    expect(fastAcceptOf(CheckBatchDto)!({ checks, minPosition: '7' })).toBeInstanceOf(CheckBatchDto);
  });
});
