import { FieldError } from '@ledger/domain';

/** How deep a body or query may nest. The deepest the API reads is 3 levels (`checks[].categories[]`). */
export const MAX_DEPTH = 16;

/**
 * How many fields one object of a body or query may have. No request shape has half as many; class-transformer
 * spends microseconds on each unknown field before class-validator refuses it, so thousands of them in one
 * 64 KiB body would cost a thousand times more than the body did to send.
 */
export const MAX_FIELDS = 64;

/**
 * Keys that every object already has (`toString`, `hasOwnProperty`, `__defineGetter__`, `constructor`, ...)
 * and `prototype`: class-transformer skips a key whose value on the new DTO is a function, so Nest's pipe would
 * drop them without a word where every other unknown field is refused. The ledger refuses them too.
 */
const INHERITED_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype']);

/** An object or list met on the walk; its field path is spelled out only when it is at fault. */
interface Node {
  value: object;
  parent: Node | null;
  key: string;
  depth: number;
}

/**
 * The first fault in a request's shape that must not reach class-transformer and class-validator: nesting
 * deep enough to overflow their recursion (a 500), an object with more fields than any request has, or a key
 * every object inherits. Walked without recursion, so the walk itself cannot overflow, and without a string
 * or an entry per scalar, so a body of thousands of them is walked in well under a millisecond.
 */
export function shapeFault(value: unknown): FieldError | null {
  if (!isNested(value)) return null;
  const pending: Node[] = [{ value, parent: null, key: '', depth: 0 }];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.depth >= MAX_DEPTH)
      return { field: fieldOf(node), message: `nests deeper than ${MAX_DEPTH} levels` };
    if (Array.isArray(node.value)) {
      // Indexed, not by its keys: a list of thousands of scalars is walked without a string for each.
      for (let index = 0; index < node.value.length; index++) {
        const child: unknown = node.value[index];
        if (isNested(child)) pending.push(childOf(node, String(index), child));
      }
      continue;
    }
    const keys = Object.keys(node.value);
    if (keys.length > MAX_FIELDS)
      return { field: fieldOf(node), message: `has more than ${MAX_FIELDS} fields` };
    for (const key of keys) {
      if (INHERITED_KEYS.has(key))
        return { field: join(pathOf(node), key, false), message: 'is not allowed' };
      const child: unknown = (node.value as Record<string, unknown>)[key];
      if (isNested(child)) pending.push(childOf(node, key, child));
    }
  }
  return null;
}

const childOf = (parent: Node, key: string, value: object): Node => ({
  value,
  parent,
  key,
  depth: parent.depth + 1,
});

const isNested = (value: unknown): value is object => value !== null && typeof value === 'object';

/** The field path of a node, as a problem names it: `checks[3].categories`, say; the root is `body`. */
const fieldOf = (node: Node) => pathOf(node) || 'body';

const pathOf = (node: Node): string =>
  node.parent ? join(pathOf(node.parent), node.key, Array.isArray(node.parent.value)) : '';

const join = (parent: string, key: string, inList: boolean) =>
  inList ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;
