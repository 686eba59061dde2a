import { ValidateIf } from 'class-validator';

/**
 * An optional field: when left out, its rules are skipped. Unlike class-validator's `IsOptional`, a `null`
 * is not taken for "left out" but judged like any other value (and refused), so no handler ever finds a
 * null where the contract has an optional string, time or list.
 */
export const Optional = () => ValidateIf((_object, value) => value !== undefined);
