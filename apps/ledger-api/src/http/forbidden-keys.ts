/**
 * The path (`checks[3].__proto__`) of the first key of `value` that prototype-poisoning protection refuses:
 * `__proto__`, or `constructor` holding an object with a `prototype` key (`constructor.prototype`), as
 * secure-json-parse judges them; `null` when there is none. `value` is what plain `JSON.parse` made of a body,
 * which keeps such keys as the body's own: this only names the field the problem points at.
 */
export function forbiddenKeyPath(value: unknown, path = ''): string | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = forbiddenKeyPath(item, `${path}[${i}]`);
      if (found !== null) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    if (key === '__proto__') return at;
    if (key === 'constructor' && typeof item === 'object' && item !== null && 'prototype' in item) {
      return `${at}.prototype`;
    }
    const found = forbiddenKeyPath(item, at);
    if (found !== null) return found;
  }
  return null;
}
