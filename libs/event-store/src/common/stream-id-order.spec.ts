import { assertPageLimit, compareStreamIds, StreamIdPage } from './stream-id-order';

/** Code point order as the SQL stores compare: the UTF-8 bytes. */
const byUtf8 = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** Ids mixing the ranges where code unit and code point order part: ASCII, accents, U+E000-U+FFFF, emoji. */
const IDS = ['a', 'B', 'Z', '_x', 'é', 'e\u0301', '\uff01', '\ue000', '😀', '𝒜', 'a😀', 'a\uffff', 'ab', ''];

describe('compareStreamIds', () => {
  it('orders ids as their UTF-8 bytes do, where `<` puts a character beyond U+FFFF first', () => {
    for (const a of IDS) {
      for (const b of IDS) expect(Math.sign(compareStreamIds(a, b))).toBe(byUtf8(a, b));
    }
    expect('😀' < '\uff01').toBe(true);
    expect(compareStreamIds('😀', '\uff01')).toBeGreaterThan(0);
  });
});

describe('StreamIdPage', () => {
  /** 200 distinct ids offered in a scrambled order. */
  const offered = Array.from({ length: 200 }, (_, i) => `${IDS[i % IDS.length]}-${(i * 7919) % 200}`);
  const sorted = [...offered].sort(compareStreamIds);

  it('keeps the first `limit` ids after `after`, in order, whatever order they come in', () => {
    for (const [after, limit] of [
      [null, 7],
      [sorted[0], 7],
      [sorted[100], 50],
      [sorted[195], 10],
      [sorted[199], 3],
      [null, 0],
    ] as const) {
      const page = new StreamIdPage(after, limit);
      offered.forEach((id) => page.offer(id));
      const start = after === null ? 0 : sorted.indexOf(after) + 1;
      expect(page.ids).toEqual(sorted.slice(start, start + limit));
    }
  });

  it('refuses a negative or fractional limit', () => {
    expect(() => assertPageLimit(-1)).toThrow(RangeError);
    expect(() => assertPageLimit(1.5)).toThrow(RangeError);
    expect(() => assertPageLimit(0)).not.toThrow();
  });
});
