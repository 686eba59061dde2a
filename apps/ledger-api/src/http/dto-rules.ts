import { getMetadataStorage, MetadataStorage, ValidationArguments, ValidationTypes } from 'class-validator';

type Metadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
export type Condition = (object: object, value: unknown) => boolean;

/** One constraint of a property, as class-validator calls it. */
export interface Check {
  validator: { validate(value: unknown, args: ValidationArguments): unknown };
  constraints: unknown[];
  each: boolean;
  validateIf?: Condition;
}

export interface PropertyRules {
  name: string;
  conditions: Condition[];
  checks: Check[];
  /** `ValidateNested`: the value's items are DTOs, judged by their own class's rules. */
  nested: boolean;
}

/** A DTO's validated properties and their rules, as class-validator registered them. */
export interface DtoRules {
  /** The class's name, as class-validator gives it to constraints. */
  targetName: string;
  byName: ReadonlyMap<string, PropertyRules>;
  properties: readonly PropertyRules[];
}

const compiled = new WeakMap<object, DtoRules | null>();

/**
 * The rules of a DTO class, read once from class-validator's metadata; `undefined` when the class has none
 * or one of a kind the fast acceptor does not reproduce (see `acceptorFromRules`).
 */
export function rulesOf(metatype: unknown): DtoRules | undefined {
  if (typeof metatype !== 'function') return undefined;
  let rules = compiled.get(metatype);
  if (rules === undefined) compiled.set(metatype, (rules = compile(metatype) ?? null));
  return rules ?? undefined;
}

function compile(metatype: object): DtoRules | undefined {
  const storage = getMetadataStorage();
  // The arguments class-validator's executor passes for options without groups.
  const metadatas = storage.getTargetValidationMetadatas(
    metatype as new () => object,
    undefined as unknown as string,
    false,
    false,
  );
  // Without rules, `forbidUnknownValues` refuses the value: class-validator says so.
  if (metadatas.length === 0) return undefined;
  const byName = new Map<string, PropertyRules>();
  for (const metadata of metadatas) {
    const name = metadata.propertyName;
    let property = byName.get(name);
    if (!property) byName.set(name, (property = { name, conditions: [], checks: [], nested: false }));
    if (!addRule(property, metadata, storage)) return undefined;
  }
  return { targetName: (metatype as { name: string }).name, byName, properties: [...byName.values()] };
}

function addRule(property: PropertyRules, metadata: Metadata, storage: MetadataStorage): boolean {
  switch (metadata.type) {
    case ValidationTypes.WHITELIST:
      return true;
    case ValidationTypes.CONDITIONAL_VALIDATION:
      property.conditions.push(metadata.constraints[0] as Condition);
      return true;
    case ValidationTypes.NESTED_VALIDATION:
      property.nested = true;
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
