/**
 * Orders stream ids by code point, as the SQL stores' indexes do (SQLite's BINARY and PostgreSQL's "C"
 * compare UTF-8 bytes, whose order is the code points'). It differs from `<`, which compares UTF-16 code
 * units, only where a character beyond U+FFFF (a surrogate pair) meets one of U+E000 to U+FFFF: at the first
 * unit that differs, surrogates are moved above that range.
 */
export function compareStreamIds(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return inCodePointOrder(x) - inCodePointOrder(y);
  }
  return a.length - b.length;
}

function inCodePointOrder(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** Refuses a page size no store reads alike (SQLite takes a negative LIMIT as none). */
export function assertPageLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new RangeError(`a page limit must be a whole number >= 0, got ${limit}`);
  }
}

/**
 * The first `limit` ids after `after`, in `compareStreamIds` order, among ids offered in any order and each
 * offered once: memory stays bounded by `limit`, however many ids go by.
 */
export class StreamIdPage {
  private readonly kept: string[] = [];

  constructor(
    private readonly after: string | null,
    private readonly limit: number,
  ) {}

  offer(id: string): void {
    if (this.after !== null && compareStreamIds(id, this.after) <= 0) return;
    const kept = this.kept;
    const full = kept.length === this.limit;
    if (full && (kept.length === 0 || compareStreamIds(id, kept[kept.length - 1]) >= 0)) return;
    let low = 0;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareStreamIds(kept[middle], id) < 0) low = middle + 1;
      else high = middle;
    }
    kept.splice(low, 0, id);
    if (kept.length > this.limit) kept.pop();
  }

  get ids(): string[] {
    return [...this.kept];
  }
}
