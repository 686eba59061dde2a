import { EventStore } from '../../event-store.port';
import { appendChain, rejectionOf } from '../test-events';

/** Every page of `streamIds` from the first, `size` at a time, up to the empty one that ends them. */
async function allPages(store: EventStore, size: number): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;
  for (;;) {
    const page = await store.streamIds(after, size);
    pages.push(page);
    if (page.length === 0) return pages;
    after = page[page.length - 1];
  }
}

export function streamIdsConformance(store: () => EventStore): void {
  describe('listing the streams', () => {
    it('lists none in an empty store', async () => {
      expect(await store().streamIds(null, 10)).toEqual([]);
    });

    it('pages through every stream once, in order, with no gap between pages', async () => {
      const ids = Array.from({ length: 25 }, (_, i) => `subject-${String(i).padStart(2, '0')}`);
      await Promise.all([...ids].reverse().map((id) => appendChain(store(), id, 3)));

      const pages = await allPages(store(), 7);
      expect(pages.map((page) => page.length)).toEqual([7, 7, 7, 4, 0]);
      expect(pages.flat()).toEqual(ids);
      expect(await store().streamIds(ids[24], 7)).toEqual([]);
      expect(await store().streamIds(ids[9], 3)).toEqual(ids.slice(10, 13));
    });

    it('orders ids by code point, not by any locale, after an id that need not be a stream', async () => {
      const ids = ['é', '_x', 'a', 'Z', '😀', 'B', '\uff01'];
      for (const id of ids) await appendChain(store(), id, 1);

      const inCodePointOrder = ['B', 'Z', '_x', 'a', 'é', '\uff01', '😀'];
      expect(await store().streamIds(null, 10)).toEqual(inCodePointOrder);
      expect(await store().streamIds('b', 10)).toEqual(['é', '\uff01', '😀']);
      expect(await store().streamIds('_', 2)).toEqual(['_x', 'a']);
    });

    it('gives an empty page for a limit of 0, and refuses a negative one', async () => {
      await appendChain(store(), 'subject-1', 1);
      expect(await store().streamIds(null, 0)).toEqual([]);
      await rejectionOf(store().streamIds(null, -1), RangeError);
    });
  });
}
