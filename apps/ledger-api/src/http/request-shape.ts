import { FieldError } from '@ledger/domain';

/** How deep a body or query may nest. The deepest the API reads is 3 levels (`checks[].categories[]`). */
export const MAX_DEPTH = 16;

/** Keys that name an object's prototype: Nest's pipe would drop them silently, the ledger refuses them. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The first fault in a request's shape that must not reach class-transformer and class-validator: nesting
 * deep enough to overflow their recursion (a 500), or a key that names a prototype. Walked without
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
      if (!isArray && PROTOTYPE_KEYS.has(key)) return { field: childField, message: 'is not allowed' };
      pending.push({ value: child, field: childField, depth: next.depth + 1 });
    }
  }
  return null;
}
