import { normalizeTimestamp, TIMESTAMP_FORM } from '../time';

/** A catalogue that cannot be used; the message names the file and the fault, and stops start-up. */
export class CatalogueError extends Error {
  override readonly name = 'CatalogueError';
}

/**
 * Reads a catalogue's JSON field by field, failing at the first fault with its place in the file
 * (`purposes[3].legalBases[0]`), so an operator can find and mend it.
 */
export class CatalogueReader {
  constructor(private readonly source: string) {}

  fail(path: string, fault: string): never {
    throw new CatalogueError(`${this.source}: ${path ? `${path}: ` : ''}${fault}`);
  }

  /** An object with no field but those named. */
  object(json: unknown, path: string, fields: readonly string[]): Record<string, unknown> {
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      this.fail(path, 'must be an object');
    const unknownField = Object.keys(json as object).find((key) => !fields.includes(key));
    if (unknownField !== undefined) this.fail(path, `unknown field "${unknownField}"`);
    return json as Record<string, unknown>;
  }

  string(json: unknown, path: string): string {
    if (typeof json !== 'string') this.fail(path, 'must be a string');
    return json as string;
  }

  text(json: unknown, path: string): string {
    if (typeof json !== 'string' || json.trim() === '') this.fail(path, 'must be a non-empty string');
    return json as string;
  }

  /** An id as the API takes it in a path or body: at most 128 characters, which also bounds the data keys named after it. */
  id(json: unknown, path: string): string {
    if (typeof json !== 'string' || !/^[a-z0-9-]{1,128}$/.test(json)) {
      this.fail(path, 'must be a non-empty id of [a-z0-9-], at most 128 characters');
    }
    return json as string;
  }

  boolean(json: unknown, path: string): boolean {
    if (typeof json !== 'boolean') this.fail(path, 'must be a boolean');
    return json as boolean;
  }

  oneOf<T extends string>(json: unknown, path: string, values: readonly T[]): T {
    if (!values.includes(json as T)) this.fail(path, `must be one of ${values.join(', ')}`);
    return json as T;
  }

  /** An ISO 8601 date-time with a zone, in canonical form. */
  timestamp(json: unknown, path: string): string {
    const canonical = typeof json === 'string' ? normalizeTimestamp(json) : null;
    if (canonical === null) this.fail(path, `must be ${TIMESTAMP_FORM}`);
    return canonical as string;
  }

  /** A list of distinct items read by `item`; `nonEmpty` refuses an empty one. */
  list<T>(json: unknown, path: string, item: (value: unknown, path: string) => T, nonEmpty = true): T[] {
    if (!Array.isArray(json) || (nonEmpty && json.length === 0)) {
      this.fail(path, nonEmpty ? 'must be a non-empty list' : 'must be a list');
    }
    const items = (json as unknown[]).map((value, i) => item(value, `${path}[${i}]`));
    this.unique(
      items.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
      (i) => `${path}[${i}]`,
    );
    return items;
  }

  /** Non-empty strings, each once. */
  strings(json: unknown, path: string, nonEmpty = true): string[] {
    return this.list(
      json,
      path,
      (value, at) => {
        if (typeof value !== 'string' || value === '') this.fail(at, 'must be a non-empty string');
        return value as string;
      },
      nonEmpty,
    );
  }

  unique(values: readonly string[], pathOf: (i: number) => string): void {
    const index = values.findIndex((value, i) => values.indexOf(value) !== i);
    if (index >= 0) this.fail(pathOf(index), `duplicate "${values[index]}"`);
  }
}
