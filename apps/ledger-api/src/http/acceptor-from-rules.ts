import { ClassTransformOptions } from 'class-transformer';
import { ValidationArguments, ValidatorOptions } from 'class-validator';
import { instantiatorOf } from './dto-instances';
import { Check, Condition, DtoRules, rulesOf } from './dto-rules';

/**
 * Recognises valid input and answers what the validation pipe would make of it, or `undefined` for anything
 * else, which class-validator then judges and explains as always. It only accepts what class-validator
 * accepts, with the same result (a property test holds it to that): it spares the busy routes
 * class-validator's cost, never changes an answer.
 */
export type FastAccept<T> = (value: unknown) => T | undefined;

type Fields = Record<string, unknown>;

/**
 * Validator options under which "no error" means what this acceptor computes: unknown fields refused, every
 * rule applies (no groups, no skipping). The others only shape the error messages.
 */
const VERDICT_NEUTRAL_OPTIONS = new Set([
  'whitelist',
  'forbidNonWhitelisted',
  'forbidUnknownValues',
  'stopAtFirstError',
  'dismissDefaultMessages',
  'validationError',
  'enableDebugMessages',
]);

const emulates = (options: ValidatorOptions) =>
  options.whitelist === true &&
  options.forbidNonWhitelisted === true &&
  Object.keys(options).every((key) => VERDICT_NEUTRAL_OPTIONS.has(key));

/**
 * A fast acceptor derived from a DTO's own class-validator rules, not a second copy of them: the instance is
 * built as class-transformer builds it for the validation pipe (`instantiatorOf`), and each property's
 * conditions and constraints are the registered ones (`rulesOf`), called as class-validator's executor calls
 * them, only without building a tree of errors, promises and metadata lookups per request. It answers only for flat input (the DTO's own
 * fields holding strings, numbers, booleans, nulls or lists of them, and for a `ValidateNested` field a list
 * of such records) and only for rules it reproduces exactly (conditions, whitelisting, synchronous
 * constraints, `each`, nested lists); anything else (deeper nesting, `IsDefined`, asynchronous constraints,
 * an invalid value) is left to class-validator, which judges and explains as always.
 */
export function acceptorFromRules<T extends object>(
  metatype: new () => T,
  validatorOptions: ValidatorOptions,
  transformOptions?: ClassTransformOptions,
): FastAccept<T> | undefined {
  if (!emulates(validatorOptions)) return undefined;
  const rules = rulesOf(metatype);
  const instantiate = instantiatorOf(metatype, transformOptions);
  if (!rules || !instantiate) return undefined;
  return (value) => {
    if (!hasShape(value, rules)) return undefined;
    const entity = instantiate(value) as T | undefined;
    return entity && obeys(entity, value, rules) ? entity : undefined;
  };
}

const isPlainValue = (value: unknown) => value === null || typeof value !== 'object';
const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A plain value, or a list of them. */
function isFlat(value: unknown): boolean {
  if (isPlainValue(value)) return true;
  if (!Array.isArray(value)) return false;
  for (const item of value) if (!isPlainValue(item)) return false;
  return true;
}

function isFlatRecord(value: unknown): boolean {
  if (!isRecord(value)) return false;
  for (const key in value) if (!isFlat(value[key])) return false;
  return true;
}

/** Only the DTO's fields, nothing deep for class-transformer to recurse into (see `acceptorFromRules`). */
function hasShape(value: unknown, rules: DtoRules): value is Fields {
  if (!isRecord(value)) return false;
  for (const key of Object.keys(value)) {
    const rule = rules.byName.get(key);
    const field = value[key];
    if (!rule) return false;
    if (isFlat(field)) continue;
    if (!rule.nested || !Array.isArray(field)) return false;
    for (const item of field) if (!isFlatRecord(item)) return false;
  }
  return true;
}

const onlyKnown = (fields: object, rules: DtoRules) => {
  for (const key of Object.keys(fields)) if (!rules.byName.has(key)) return false;
  return true;
};

/** Whether class-validator's executor would find no fault in `entity`, made from `input` (see `ValidationExecutor`). */
function obeys(entity: object, input: Fields, rules: DtoRules): boolean {
  if (!onlyKnown(entity, rules)) return false;
  for (const property of rules.properties) {
    const value = (entity as Fields)[property.name];
    if (!appliesTo(property.conditions, entity, value)) continue;
    // Lists from a transformation are not reproduced (class-validator walks a Set's or Map's values).
    if (value instanceof Set || value instanceof Map) return false;
    for (const check of property.checks) {
      if (!passes(check, rules.targetName, property.name, entity, value)) return false;
    }
    if (property.nested && value !== undefined && !eachObeys(value, input[property.name])) return false;
  }
  return true;
}

function appliesTo(conditions: readonly Condition[], entity: object, value: unknown): boolean {
  for (const condition of conditions) if (!condition(entity, value)) return false;
  return true;
}

function passes(check: Check, targetName: string, property: string, object: object, value: unknown): boolean {
  if (check.validateIf && !check.validateIf(object, value)) return true;
  const args: ValidationArguments = { targetName, property, object, value, constraints: check.constraints };
  if (!(check.each && Array.isArray(value))) return isValid(check.validator.validate(value, args));
  for (const each of value as unknown[]) if (!isValid(check.validator.validate(each, args))) return false;
  return true;
}

/** A promise (any thenable, as class-validator tells them) is class-validator's to await. */
const isValid = (valid: unknown) => !!valid && typeof (valid as PromiseLike<unknown>).then !== 'function';

/**
 * A nested list: each item a DTO of a class with rules (class-transformer's `@Type` made it), from a record of
 * only that class's fields, obeying them. A plain object or any other value is class-validator's to refuse.
 */
function eachObeys(value: unknown, input: unknown): boolean {
  if (!Array.isArray(value) || !Array.isArray(input) || value.length !== input.length) return false;
  for (let i = 0; i < value.length; i++) {
    const item: unknown = value[i];
    const rules = isRecord(item) ? rulesOf(item.constructor) : undefined;
    const fields = input[i] as Fields;
    if (!rules || !onlyKnown(fields, rules) || !obeys(item as object, fields, rules)) return false;
  }
  return true;
}
