import { mapInSlices } from './in-slices';

/** Holds the thread for `ms`, as a costly decision does. */
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('mapInSlices', () => {
  it('maps every item in order', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    expect(await mapInSlices(items, (i) => i * 2, { sliceMs: 1 })).toEqual(items.map((i) => i * 2));
  });

  it('gives the event loop a turn between slices, so work queued meanwhile runs before the map ends', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    const mapped = mapInSlices([1, 2, 3, 4], (i) => (busy(3), order.push(`item ${i}`)), { sliceMs: 5 });
    await mapped;
    expect(order.indexOf('other work')).toBeGreaterThan(0);
    expect(order.indexOf('other work')).toBeLessThan(order.length - 1);
  });

  it('takes no turn for work that fits in one slice', async () => {
    const order: string[] = [];
    setImmediate(() => order.push('other work'));
    await mapInSlices([1, 2, 3], (i) => order.push(`item ${i}`), { sliceMs: 1000 });
    expect(order).toEqual(['item 1', 'item 2', 'item 3']);
  });
});
