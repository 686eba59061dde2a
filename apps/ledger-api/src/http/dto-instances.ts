import {
  ClassTransformOptions,
  TransformationType,
  TransformFnParams,
  TypeHelpOptions,
} from 'class-transformer';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

// class-transformer keeps what its decorators declare here; its public API has no way to read it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage: storage } = require('class-transformer/cjs/storage') as {
  defaultMetadataStorage: MetadataStorage;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultOptions } = require('class-transformer/cjs/constants/default-options.constant') as {
  defaultOptions: ClassTransformOptions;
};

type Fields = Record<string, unknown>;
type Dto = new () => object;

/** Builds a DTO from flat input exactly as `plainToInstance` does, or `undefined` where it would not. */
export type Instantiate = (input: Fields) => object | undefined;

/** What `plainToInstance` does with one property: its `@Transform`s, and the class `@Type` gives its items. */
interface PropertyPlan {
  /** A getter or method of the class: class-transformer leaves the key out. */
  skipped: boolean;
  transforms: ((params: TransformFnParams) => unknown)[];
  type?: { typeFunction: (options: TypeHelpOptions) => unknown; reflectedType: unknown };
}

/** The types `plainToInstance` converts values to itself, rather than building an instance of. */
const CONVERTED = new Set<unknown>([String, Number, Boolean, Date, Buffer, Promise, Set, Map]);
const OPTIONS = { ...defaultOptions };
const instantiators = new WeakMap<object, Instantiate | null>();

/**
 * class-transformer's `plainToInstance` for the input the fast acceptor takes (see `acceptorFromRules`): a
 * record of plain values, lists of them, and lists of such records for a `@Type` field. It reads the same
 * metadata once and does what class-transformer's executor does per key (skipping the prototype's own
 * members, building lists and `@Type` items, applying `@Transform`s, setting every key given), without the
 * executor's metadata lookups per key. `undefined` for classes that use more of class-transformer (`@Expose`,
 * `@Exclude`, discriminators, `Set` or `Map` fields) or under options that change the result: then the
 * acceptor is not derived. The acceptor's property test holds the two to the same result.
 */
export function instantiatorOf(metatype: Dto, options?: ClassTransformOptions): Instantiate | undefined {
  if (options && Object.keys(options).length > 0) return undefined;
  let instantiate = instantiators.get(metatype);
  if (instantiate === undefined) instantiators.set(metatype, (instantiate = compile(metatype) ?? null));
  return instantiate ?? undefined;
}

function compile(metatype: Dto): Instantiate | undefined {
  if (storage.getExposedMetadatas(metatype).length > 0) return undefined;
  if (storage.getExcludedMetadatas(metatype).length > 0) return undefined;
  const plans = new Map<string, PropertyPlan | null>();
  const planOf = (key: string): PropertyPlan | null => {
    let plan = plans.get(key);
    if (plan === undefined) plans.set(key, (plan = planFor(metatype, key)));
    return plan;
  };
  return (input) => {
    const entity = new metatype() as Fields;
    for (const key of Object.keys(input)) {
      if (key === '__proto__' || key === 'constructor') continue;
      const plan = planOf(key);
      if (!plan) return undefined;
      if (plan.skipped || entity[key] instanceof Function) continue;
      let value = converted(input[key], plan, entity, input, key);
      if (value === INCOMPATIBLE) return undefined;
      for (const transform of plan.transforms) {
        value = transform({
          value,
          key,
          obj: input,
          type: TransformationType.PLAIN_TO_CLASS,
          options: OPTIONS,
        });
      }
      entity[key] = value;
    }
    return entity;
  };
}

function planFor(metatype: Dto, key: string): PropertyPlan | null {
  const type = storage.findTypeMetadata(metatype, key);
  if (type && (type.options?.discriminator || CONVERTED.has(type.reflectedType))) return null;
  const transforms = storage
    .findTransformMetadatas(metatype, key, TransformationType.PLAIN_TO_CLASS)
    // As class-transformer applies them without groups.
    .filter(({ options }) => !options?.groups?.length)
    .map(({ transformFn }) => transformFn as PropertyPlan['transforms'][number]);
  const descriptor = Object.getOwnPropertyDescriptor(metatype.prototype, key);
  return { skipped: descriptor !== undefined && !descriptor.set, transforms, type };
}

const INCOMPATIBLE = Symbol('incompatible');

/**
 * A field's value before its `@Transform`s: plain values kept, lists copied, `@Type` records built. Records
 * without a `@Type` (class-transformer copies them) and lists of a declared type other than `Array` are not
 * reproduced.
 */
function converted(value: unknown, plan: PropertyPlan, entity: object, input: Fields, key: string): unknown {
  const itemType = plan.type?.typeFunction({ newObject: entity, object: input, property: key }) as
    Dto | undefined;
  if (itemType !== undefined && (typeof itemType !== 'function' || CONVERTED.has(itemType)))
    return INCOMPATIBLE;
  const convert = (item: unknown) =>
    !isRecord(item) ? item : itemType ? instanceOf(itemType, item) : INCOMPATIBLE;
  if (!Array.isArray(value)) return convert(value);
  const declared = plan.type?.reflectedType;
  if (declared !== undefined && declared !== Array) return INCOMPATIBLE;
  const list: unknown[] = [];
  for (const item of value) {
    const made = convert(item);
    if (made === INCOMPATIBLE) return INCOMPATIBLE;
    list.push(made);
  }
  return list;
}

function instanceOf(type: Dto, fields: Fields): object | typeof INCOMPATIBLE {
  return instantiatorOf(type)?.(fields) ?? INCOMPATIBLE;
}

const isRecord = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
