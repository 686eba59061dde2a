import { ClassTransformOptions, plainToInstance } from 'class-transformer';
import {
  getMetadataStorage,
  MetadataStorage,
  ValidationArguments,
  ValidationTypes,
  ValidatorOptions,
} from 'class-validator';
import { FastAccept } from './fast-accept.decorator';

type Metadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
type Condition = (object: object, value: unknown) => boolean;

/** One constraint of a property, as class-validator calls it. */
interface Check {
  validator: { validate(value: unknown, args: ValidationArguments): unknown };
  constraints: unknown[];
  each: boolean;
  validateIf?: Condition;
}

interface PropertyRules {
  conditions: Condition[];
  checks: Check[];
}

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
 * built by class-transformer as the validation pipe builds it, and each property's conditions and constraints
 * are the registered ones, called as class-validator's executor calls them, only without building a tree of
 * errors, promises and metadata lookups per request. It answers only for flat input (strings, numbers,
 * booleans, nulls, lists of them, and only the DTO's own fields) and only for rules it reproduces exactly
 * (conditions, whitelisting, synchronous constraints, `each`); anything else (nested DTOs, `IsDefined`,
 * asynchronous constraints, an invalid value) is left to class-validator, which judges and explains as always.
 */
export function acceptorFromRules<T extends object>(
  metatype: new () => T,
  validatorOptions: ValidatorOptions,
  transformOptions?: ClassTransformOptions,
): FastAccept<T> | undefined {
  if (!emulates(validatorOptions)) return undefined;
  const rules = compile(metatype);
  if (!rules) return undefined;
  return (value) => {
    if (!isFlatInput(value, rules)) return undefined;
    const entity = plainToInstance(metatype, value, transformOptions);
    return entity.constructor === metatype && obeys(entity, rules) ? entity : undefined;
  };
}

/** The rules of each validated property, or `undefined` when one is of a kind this does not reproduce. */
function compile(metatype: new () => object): Map<string, PropertyRules> | undefined {
  const storage = getMetadataStorage();
  // The arguments class-validator's executor passes for options without groups.
  const metadatas = storage.getTargetValidationMetadatas(
    metatype,
    undefined as unknown as string,
    false,
    false,
  );
  // Without rules, `forbidUnknownValues` refuses the value: class-validator says so.
  if (metadatas.length === 0) return undefined;
  const rules = new Map<string, PropertyRules>();
  for (const metadata of metadatas) {
    let property = rules.get(metadata.propertyName);
    if (!property) rules.set(metadata.propertyName, (property = { conditions: [], checks: [] }));
    if (!addRule(property, metadata, storage)) return undefined;
  }
  return rules;
}

function addRule(property: PropertyRules, metadata: Metadata, storage: MetadataStorage): boolean {
  switch (metadata.type) {
    case ValidationTypes.WHITELIST:
      return true;
    case ValidationTypes.CONDITIONAL_VALIDATION:
      property.conditions.push(metadata.constraints[0] as Condition);
      return true;
    case ValidationTypes.CUSTOM_VALIDATION:
      for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
        if (constraint.async) return false;
        property.checks.push({
          validator: constraint.instance as Check['validator'],
          constraints: metadata.constraints,
          each: metadata.each === true,
          validateIf: metadata.validateIf,
        });
      }
      return true;
    default:
      return false;
  }
}

const isPlainValue = (value: unknown) => value === null || typeof value !== 'object';

/** Only the DTO's fields, holding plain values or lists of them: nothing for class-transformer to recurse into. */
function isFlatInput(value: unknown, rules: Map<string, PropertyRules>): value is object {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  for (const key of Object.keys(value)) {
    if (!rules.has(key)) return false;
    const field = (value as Record<string, unknown>)[key];
    if (!isPlainValue(field) && !(Array.isArray(field) && field.every(isPlainValue))) return false;
  }
  return true;
}

/** Whether class-validator's executor would find no fault in `entity` (see `ValidationExecutor`). */
function obeys(entity: object, rules: Map<string, PropertyRules>): boolean {
  const fields = entity as Record<string, unknown>;
  if (!Object.keys(entity).every((key) => rules.has(key))) return false;
  for (const [property, { conditions, checks }] of rules) {
    const value = fields[property];
    if (!conditions.every((condition) => condition(entity, value))) continue;
    // Lists from a transformation are not reproduced (class-validator walks a Set's or Map's values).
    if (value instanceof Set || value instanceof Map) return false;
    for (const check of checks) {
      if (check.validateIf && !check.validateIf(entity, value)) continue;
      const args: ValidationArguments = {
        targetName: entity.constructor.name,
        property,
        object: entity,
        value,
        constraints: check.constraints,
      };
      const values = check.each && Array.isArray(value) ? value : [value];
      for (const each of values) {
        const valid = check.validator.validate(each, args);
        // A promise (any thenable, as class-validator tells them) is class-validator's to await.
        if (!valid || typeof (valid as PromiseLike<unknown>).then === 'function') return false;
      }
    }
  }
  return true;
}
