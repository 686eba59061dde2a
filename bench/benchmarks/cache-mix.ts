import { permissionPath } from './permission-queries';

/** Single checks on a hot set of subjects that the read cache holds, and on the cold rest, which it cannot. */
export function cacheMix(subjects: number, cache: number): { hot: string[]; cold: string[] } {
  // A quarter of the cache: with half the checks missing, a hot subject comes round every 2 × hot checks, and
  // the cold subjects read meanwhile must not push it out of the LRU.
  const hot = Math.floor(cache / 4);
  // Cold subjects far more than the cache holds: one has left it before a run comes round to it again, and a
  // run (which starts at a random one) rarely starts among those an earlier run left in it.
  if (hot < 1 || subjects < 10 * cache) {
    throw new Error(
      `${subjects} subjects and a cache of ${cache}: the cache must be 4 or more, and 10× outnumbered`,
    );
  }
  const paths = Array.from({ length: subjects }, (_, i) => permissionPath(i));
  return { hot: paths.slice(0, hot), cold: shuffled(paths.slice(hot)) };
}

/** In random order, so that a run reads from all over the store's file, not from pages seeded together. */
function shuffled<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
