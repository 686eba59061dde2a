import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import fc from 'fast-check';
import { FieldError } from '@ledger/domain';
import { MAX_LISTED_FIELDS } from '../problems/problem-details.filter';
import { LedgerValidationPipe, VALIDATION_OPTIONS } from '../problems/validation.pipe';
import { CheckBatchDto } from './check-batch.dto';
import { checkBatchFaults } from './check-batch-faults';
import { MAX_CHECKS } from '../http/limits';

/** class-validator alone, judging the whole batch, as the pipe did before the fast refusal. */
const classValidator = new ValidationPipe(VALIDATION_OPTIONS);

async function allFaults(value: unknown): Promise<string[]> {
  try {
    await classValidator.transform(value, { type: 'body', metatype: CheckBatchDto });
    return [];
  } catch (error) {
    return (error as { refusal: { fields: FieldError[] } }).refusal.fields.map(spelled);
  }
}

const spelled = ({ field, message }: FieldError) => `${field}: ${message}`;
const pipe = new LedgerValidationPipe();
const acceptAtOnce = (part: unknown) => pipe.acceptAtOnce(part, { type: 'body', metatype: CheckBatchDto });
const fastFaults = async (value: unknown) =>
  (await checkBatchFaults(value, acceptAtOnce, CheckBatchDto))?.map(spelled);

const good = fc.constantFrom(
  { subjectId: 'debtor-1', purpose: 'collection' },
  { subjectId: 'debtor-2', purpose: 'payouts', categories: ['naw'] },
);
const bad = fc.constantFrom(
  1,
  null,
  'debtor-1',
  [],
  {},
  { subjectId: 'bad id', purpose: 'collection' },
  { subjectId: 'debtor-1', purpose: 7, colour: 'blue' },
  { subjectId: 'debtor-1', purpose: 'collection', categories: null },
  { subjectId: 'debtor-1', purpose: 'collection', categories: Array(101).fill('naw') },
);
/** Batches of up to a few hundred checks, from all good to all bad, some with faults of their own. */
const batch = fc
  .tuple(
    fc.nat({ max: 12 }).chain((goodWeight) =>
      fc.array(fc.oneof({ weight: goodWeight, arbitrary: good }, { weight: 1, arbitrary: bad }), {
        minLength: 1,
        maxLength: 300,
      }),
    ),
    fc.constantFrom({}, { asOf: 'yesterday' }, { colour: 'blue', minPosition: '-1' }, { explain: 'fr' }),
  )
  .map(([checks, own]) => ({ checks, ...own }));

describe('checkBatchFaults', () => {
  it('finds what class-validator finds: every fault below the cap, only its faults above it', async () => {
    await fc.assert(
      fc.asyncProperty(batch, async (value) => {
        const fast = await fastFaults(value);
        const all = await allFaults(value);
        if (fast === undefined) return void expect(all).toEqual([]);
        if (fast.length < MAX_LISTED_FIELDS) return void expect([...fast].sort()).toEqual([...all].sort());
        expect(all).toEqual(expect.arrayContaining(fast));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a batch of more than MAX_CHECKS checks for its length alone, its checks unread', async () => {
    expect(await fastFaults({ checks: Array(32_000).fill(1) })).toEqual([
      `checks: has more than ${MAX_CHECKS} checks`,
    ]);
  });

  it('stops judging once a problem has its fields, naming each check where it is in the batch', async () => {
    const checks = Array.from({ length: MAX_CHECKS }, (_, i) =>
      i % 2 ? 1 : { subjectId: 'debtor-1', purpose: i ? 'collection' : 7 },
    );
    const faults = (await fastFaults({ checks }))!;
    expect(faults.length).toBeGreaterThanOrEqual(MAX_LISTED_FIELDS);
    expect(faults.length).toBeLessThan(3 * MAX_LISTED_FIELDS);
    expect([...new Set(faults.map((fault) => fault.split(':')[0]))].slice(0, 3)).toEqual([
      'checks[0].purpose',
      'checks[1]',
      'checks[3]',
    ]);
  });

  it('leaves to class-validator what is not a non-empty list of checks, and a batch without a fault', async () => {
    for (const value of [
      null,
      [],
      { checks: [] },
      { checks: 'all' },
      { checks: [{ subjectId: 'debtor-1', purpose: 'collection' }] },
    ]) {
      expect(await fastFaults(value)).toBeUndefined();
    }
  });
});
