import { FieldError } from '@ledger/domain';

/** How deep a body or query may nest. The deepest the API reads is 3 levels (`checks[].categories[]`). */
export const MAX_DEPTH = 16;

/**
 * Keys that every object already has (`toString`, `hasOwnProperty`, `__defineGetter__`, `constructor`, ...)
 * and `prototype`: class-transformer skips a key whose value on the new DTO is a function, so Nest's pipe would
 * drop them without a word where every other unknown field is refused. The ledger refuses them too.
 */
const INHERITED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/**
 * The first fault in a request's shape that must not reach class-transformer and class-validator: nesting
 * deep enough to overflow their recursion (a 500), or a key every object inherits. Walked without
 * recursion, so the walk itself cannot overflow.
 */
export function shapeFault(value: unknown): FieldError | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: '', depth: 0 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    const field = next.field || 'body';
    if (next.depth >= MAX_DEPTH) return { field, message: `nests deeper than ${MAX_DEPTH} levels` };
    const isArray = Array.isArray(next.value);
    for (const [key, child] of Object.entries(next.value)) {
      const childField = isArray ? `${next.field}[${key}]` : next.field ? `${next.field}.${key}` : key;
      if (!isArray && INHERITED_KEYS.has(key)) return { field: childField, message: 'is not allowed' };
      pending.push({ value: child, field: childField, depth: next.depth + 1 });
    }
  }
  return null;
}
