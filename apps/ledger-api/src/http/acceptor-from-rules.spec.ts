import 'reflect-metadata';
import { ValidationPipe } from '@nestjs/common';
import { OBJECTION_OUTCOMES } from '@ledger/wire';
import {
  LANGUAGES,
  LEGAL_BASES,
  OBJECTION_CHANNELS,
  RESTRICTION_GROUNDS,
  WITHDRAWAL_REASONS,
} from '@ledger/domain';
import {
  getMetadataStorage,
  IsDefined,
  IsString,
  MaxLength,
  registerDecorator,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Expose, Type } from 'class-transformer';
import fc from 'fast-check';
import { EstablishBasisDto } from '../bases/establish-basis.dto';
import { WithdrawBasisDto } from '../bases/withdraw-basis.dto';
import { ChangesQueryDto } from '../changes/changes-query.dto';
import { CompleteErasureDto } from '../erasure/complete-erasure.dto';
import { HistoryQueryDto } from '../history/history-query.dto';
import { DecideObjectionDto } from '../objections/decide-objection.dto';
import { FileObjectionDto } from '../objections/file-objection.dto';
import { ObjectionsQueueQueryDto } from '../objections-queue/objections-queue-query.dto';
import { CheckBatchDto, CheckDto } from '../permissions/check-batch.dto';
import { PermissionQueryDto } from '../permissions/permission-query.dto';
import { VALIDATION_OPTIONS } from '../problems/validation.pipe';
import { ApplyRestrictionDto } from '../restrictions/apply-restriction.dto';
import { LiftRestrictionDto } from '../restrictions/lift-restriction.dto';
import { acceptorFromRules } from './acceptor-from-rules';
import { shapeFault } from './request-shape';

/** class-validator alone, as the pipe judges a DTO without a fast acceptor. */
const classValidator = new ValidationPipe(VALIDATION_OPTIONS);
/** The options the pipe hands class-validator. */
const { whitelist, forbidNonWhitelisted, forbidUnknownValues } = VALIDATION_OPTIONS;
const VALIDATOR_OPTIONS = { whitelist, forbidNonWhitelisted, forbidUnknownValues };

/** Values the DTOs' fields take, right for one field and wrong for another, and plainly wrong ones. */
const text = (length: number) => 'x'.repeat(length);
const plain = fc.oneof(
  fc.constantFrom(
    ...LEGAL_BASES,
    ...WITHDRAWAL_REASONS,
    ...OBJECTION_OUTCOMES,
    ...OBJECTION_CHANNELS,
    ...RESTRICTION_GROUNDS,
    ...LANGUAGES,
    'pending',
    'collection',
    'claim 2026-0042',
    '42',
    '0',
  ),
  fc.constantFrom(
    '2026-11-24T10:00:00.000Z',
    '2026-11-24T11:00:00+01:00',
    '2026-11-24T10:00:00Z',
    '2026-02-30T10:00:00Z',
    '2026-11-24',
  ),
  fc.constantFrom('', text(128), text(129), text(4000), text(4001), '4x'),
  fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
);
const list = fc.oneof(
  fc.array(fc.constantFrom('collection', 'naw', 'email'), { maxLength: 3 }),
  fc.constant(Array.from({ length: 101 }, () => 'naw')),
  fc.array(fc.oneof(fc.constant(text(129)), fc.integer(), fc.constant(null)), { maxLength: 2 }),
);
const nested = fc.constantFrom({ colour: 'blue' }, JSON.parse('[[[{"a":[[[]]]}]]]'), [{ purpose: 'p' }]);
const value = fc.oneof(
  { arbitrary: plain, weight: 6 },
  { arbitrary: list, weight: 2 },
  { arbitrary: nested, weight: 1 },
);

const DTOS = {
  EstablishBasisDto,
  WithdrawBasisDto,
  FileObjectionDto,
  DecideObjectionDto,
  ApplyRestrictionDto,
  LiftRestrictionDto,
  CompleteErasureDto,
  HistoryQueryDto,
  ChangesQueryDto,
  ObjectionsQueueQueryDto,
  PermissionQueryDto,
  CheckBatchDto,
};
type Dto = new () => object;
/** The DTOs' nested lists (`ValidateNested`), by field. */
const NESTED: Record<string, Dto> = { checks: CheckDto };
/** The fields a DTO validates. */
const fieldsOf = (dto: Dto) => [
  ...new Set(
    getMetadataStorage()
      .getTargetValidationMetadatas(dto, '', false, false)
      .map((metadata) => metadata.propertyName),
  ),
];
const ALL_FIELDS = [...new Set([...Object.values(DTOS), CheckDto].flatMap(fieldsOf))];

/** Right values by field name (test data, not the rules: which of them a DTO accepts is the rules' to say). */
const TIME = fc.constantFrom('2026-11-24T10:00:00.000Z', '2026-11-24T11:00:00+01:00', '2026-11-24T10:00:00Z');
const NOTE = fc.constantFrom('claim 2026-0042', 'moved away');
const IDS = fc.array(fc.constantFrom('collection', 'naw', 'email'), { minLength: 1, maxLength: 3 });
/** A batch's check: mostly right, now and then with a wrong, unknown or prototype-naming field. */
const CHECK = fc
  .tuple(
    fc.record(
      {
        subjectId: fc.oneof(
          { arbitrary: fc.constant('debtor-1001'), weight: 20 },
          { arbitrary: value, weight: 1 },
        ),
        purpose: fc.oneof(
          { arbitrary: fc.constant('collection'), weight: 20 },
          { arbitrary: value, weight: 1 },
        ),
        categories: fc.oneof({ arbitrary: IDS, weight: 20 }, { arbitrary: value, weight: 1 }),
      },
      { requiredKeys: ['subjectId', 'purpose'] },
    ),
    fc.oneof(
      { arbitrary: fc.constant({}), weight: 20 },
      { arbitrary: fc.dictionary(fc.constantFrom('colour', 'constructor', 'checks'), value), weight: 1 },
    ),
  )
  .map(([fields, more]) => Object.assign(fields, more));
const RIGHT: Record<string, fc.Arbitrary<unknown>> = {
  purpose: fc.constant('collection'),
  legalBasis: fc.constantFrom(...LEGAL_BASES),
  reason: fc.oneof(fc.constantFrom(...WITHDRAWAL_REASONS), NOTE),
  outcome: fc.constantFrom(...OBJECTION_OUTCOMES),
  channel: fc.constantFrom(...OBJECTION_CHANNELS),
  ground: fc.constantFrom(...RESTRICTION_GROUNDS),
  explain: fc.constantFrom(...LANGUAGES),
  status: fc.constant('pending'),
  minPosition: fc.constantFrom('42', '0'),
  limit: fc.constantFrom('1', '100', '1000'),
  after: fc.constant('WyIyMDI2LTExLTI0Il0'),
  from: fc.oneof(TIME, fc.constant('42')),
  noticeVersion: fc.constant('webcasso-2026-1'),
  requestId: fc.constant('request-1'),
  suppressionRefs: fc.array(fc.constantFrom('hmac:4f2a', 'hmac:9b1c'), { maxLength: 2 }),
  ...Object.fromEntries(['evidence', 'note', 'motivation', 'grounds'].map((field) => [field, NOTE])),
  ...Object.fromEntries(
    ['validFrom', 'validUntil', 'occurredAt', 'to', 'asOf', 'subjectInformedAt'].map((field) => [
      field,
      TIME,
    ]),
  ),
  ...Object.fromEntries(['purposes', 'dataCategories', 'retain'].map((field) => [field, IDS])),
  // The query's comma-separated text (a batch's checks list theirs, see CHECK).
  categories: fc.constant('naw,email'),
  checks: fc.oneof(
    { arbitrary: fc.array(CHECK, { minLength: 1, maxLength: 4 }), weight: 20 },
    { arbitrary: fc.constant([]), weight: 1 },
  ),
};

/** An input of some of the DTO's fields, mostly right, now and then with an unknown or prototype-naming key. */
const inputFor = (dto: Dto) =>
  fc
    .tuple(
      fc.record(
        Object.fromEntries(
          fieldsOf(dto).map((field) => [
            field,
            fc.oneof({ arbitrary: RIGHT[field] ?? value, weight: 8 }, { arbitrary: value, weight: 1 }),
          ]),
        ),
        { requiredKeys: [] },
      ),
      fc.oneof(
        { arbitrary: fc.constant({}), weight: 8 },
        {
          arbitrary: fc.dictionary(
            fc.constantFrom(...ALL_FIELDS, 'colour', 'toString', 'constructor'),
            value,
          ),
          weight: 1,
        },
      ),
    )
    .map(([fields, more]) => Object.assign(fields, more));

/** What class-validator makes of the input, or that it refuses it. */
async function judged(input: unknown, metatype: Dto) {
  try {
    return { accepted: await classValidator.transform(input, { type: 'body', metatype }) };
  } catch {
    return { refused: true };
  }
}

const isPlain = (field: unknown) => field === null || typeof field !== 'object';
const isFlatField = (field: unknown) =>
  isPlain(field) || (Array.isArray(field) && field.every((item) => isPlain(item)));
/** The DTO's own fields with plain values or lists of them, or a nested list of such records. */
const isFlat = (input: object, dto: Dto): boolean =>
  Object.entries(input).every(
    ([key, field]) =>
      fieldsOf(dto).includes(key) &&
      (isFlatField(field) ||
        (key in NESTED &&
          Array.isArray(field) &&
          field.every(
            (item) =>
              typeof item === 'object' && item !== null && !Array.isArray(item) && isFlat(item, NESTED[key]),
          ))),
  );

describe('the acceptor derived from a DTO’s rules', () => {
  it.each(Object.entries(DTOS))(
    'agrees with class-validator on %s: it accepts exactly the flat input class-validator accepts, with the same result',
    async (_, dto) => {
      const accept = acceptorFromRules(dto as Dto, VALIDATOR_OPTIONS)!;
      expect(accept).toBeDefined();
      let accepted = 0;
      await fc.assert(
        fc.asyncProperty(inputFor(dto as Dto), async (input) => {
          const fast = accept(input);
          // Judged first: the pipe strips prototype-naming keys from the input it is given.
          const flat = isFlat(input, dto as Dto);
          const verdict = await judged(input, dto as Dto);
          if (fast === undefined) {
            // What it leaves to class-validator is refused, or not flat: never a plain valid request.
            if ('accepted' in verdict) expect(flat).toBe(false);
            return;
          }
          accepted++;
          // The pipe asks the acceptor before it walks the input for faults (see LedgerValidationPipe).
          expect(shapeFault(input)).toBeNull();
          expect(verdict).toStrictEqual({ accepted: fast });
        }),
        { numRuns: 1500 },
      );
      // The property was tried on accepted input, not only refused.
      expect(accepted).toBeGreaterThan(100);
    },
  );

  it('accepts the request of the write benchmark as the DTO, times in canonical form', () => {
    const accept = acceptorFromRules(EstablishBasisDto, VALIDATOR_OPTIONS)!;
    const body = { purpose: 'collection', legalBasis: 'contract', evidence: 'claim 2026-0042' };
    expect(accept(body)).toBeInstanceOf(EstablishBasisDto);
    expect(accept({ ...body, occurredAt: '2026-11-24T11:00:00+01:00' })).toMatchObject({
      occurredAt: '2026-11-24T10:00:00.000Z',
    });
    expect(accept({ ...body, legalBasis: 'whim' })).toBeUndefined();
    expect(accept({ ...body, colour: 'blue' })).toBeUndefined();
  });

  it('accepts the requests internal systems send every moment', () => {
    const query = acceptorFromRules(PermissionQueryDto, VALIDATOR_OPTIONS)!;
    expect(query({})).toBeInstanceOf(PermissionQueryDto);
    expect(query({ asOf: '2026-11-24T11:00:00+01:00', explain: 'nl' })).toMatchObject({
      asOf: '2026-11-24T10:00:00.000Z',
      explain: 'nl',
    });
    const batch = acceptorFromRules(CheckBatchDto, VALIDATOR_OPTIONS)!;
    const checks = [{ subjectId: 'debtor-1', purpose: 'collection', categories: ['naw'] }];
    const accepted = batch({ checks, minPosition: '7' });
    expect(accepted).toBeInstanceOf(CheckBatchDto);
    expect((accepted as CheckBatchDto).checks[0]).toBeInstanceOf(CheckDto);
    // A check with a field its class does not know, even one class-transformer drops, is class-validator's.
    expect(batch({ checks: [{ ...checks[0], colour: 'blue' }] })).toBeUndefined();
    expect(
      batch({ checks: [JSON.parse('{"subjectId":"d","purpose":"p","constructor":{}}')] }),
    ).toBeUndefined();
  });

  it('is not derived for rules it does not reproduce, nor under options that change the verdict', () => {
    class Required {
      @IsDefined() name!: string;
    }
    class Nested {
      @ValidateNested() inner!: object;
    }
    class Asynchronous {
      @((target: object, propertyName: string) =>
        registerDecorator({
          name: 'remote',
          async: true,
          target: target.constructor,
          propertyName,
          validator: { validate: async () => true },
        }))
      name!: string;
    }
    class Thenable {
      @ValidateBy({ name: 'later', validator: { validate: () => Promise.resolve(true) as never } })
      name!: string;
    }
    class Plain {
      @IsString() @MaxLength(3) name!: string;
    }
    for (const dto of [Required, Asynchronous] as (new () => object)[]) {
      expect(acceptorFromRules(dto, VALIDATOR_OPTIONS)).toBeUndefined();
    }
    expect(acceptorFromRules(class Bare {}, VALIDATOR_OPTIONS)).toBeUndefined();
    // Nested items that class-transformer did not make DTOs of (no `@Type`) are class-validator's to refuse.
    expect(acceptorFromRules(Nested, VALIDATOR_OPTIONS)!({ inner: [{}] })).toBeUndefined();
    expect(acceptorFromRules(Nested, VALIDATOR_OPTIONS)!({ inner: {} })).toBeUndefined();
    // A promise from a constraint registered as synchronous is class-validator's to await.
    expect(acceptorFromRules(Thenable, VALIDATOR_OPTIONS)!({ name: 'x' })).toBeUndefined();
    expect(acceptorFromRules(Plain, VALIDATOR_OPTIONS)).toBeDefined();
    expect(acceptorFromRules(Plain, { ...VALIDATOR_OPTIONS, forbidNonWhitelisted: false })).toBeUndefined();
    expect(acceptorFromRules(Plain, { ...VALIDATOR_OPTIONS, groups: ['admin'] })).toBeUndefined();
    expect(acceptorFromRules(Plain, { ...VALIDATOR_OPTIONS, skipMissingProperties: true })).toBeUndefined();
    // Nor where class-transformer would build the instance differently from the way it reproduces.
    class Renamed {
      @Expose({ name: 'full_name' }) @IsString() name!: string;
    }
    class Typed {
      @Type(() => Number) @IsString() name!: string;
    }
    expect(acceptorFromRules(Renamed, VALIDATOR_OPTIONS)).toBeUndefined();
    expect(acceptorFromRules(Typed, VALIDATOR_OPTIONS)!({ name: '1' })).toBeUndefined();
    expect(acceptorFromRules(Plain, VALIDATOR_OPTIONS, { excludeExtraneousValues: true })).toBeUndefined();
  });
});
