/**
 * `items.map(map)`, giving the event loop its turn (`setImmediate`) whenever a slice of the work has taken
 * `sliceMs`: the requests that arrived meanwhile are answered before the next slice, so a long batch delays
 * them by a slice, not by its whole length. Work that fits in one slice is done without a turn.
 */
export async function mapInSlices<T, R>(
  items: readonly T[],
  map: (item: T) => R,
  { sliceMs }: { sliceMs: number },
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let sliceEnds = performance.now() + sliceMs;
  for (let index = 0; index < items.length; index++) {
    if (performance.now() >= sliceEnds) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceEnds = performance.now() + sliceMs;
    }
    results[index] = map(items[index]);
  }
  return results;
}
