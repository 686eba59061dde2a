import { permissionPath } from './permission-queries';

/**
 * The hot set: the first quarter-cache of subjects. With half the checks missing, a hot subject comes round
 * every 2 × hot checks, and the cold subjects read meanwhile must not push it out of the LRU.
 */
export const hotSetOf = (cache: number) => Math.floor(cache / 4);

/**
 * Single-check paths, taken in turn by the load generator: `missShare` of them on cold subjects, spread evenly
 * among checks that cycle through the hot set (`missShare` 0: each hot subject once). The cold subjects are
 * twice the cache in number, so each has left the LRU before it comes round again, and spread over the whole
 * log, so the store reads them from all over its file rather than from a few neighbouring pages.
 */
export function mixedPaths(subjects: number, cache: number, missShare: number): string[] {
  const hot = hotSetOf(cache);
  const cold = subjects - hot;
  const distinctCold = 2 * cache;
  if (hot < 1 || cold < distinctCold) {
    throw new Error(`${subjects} subjects and a cache of ${cache}: checks on cold subjects would hit it`);
  }
  const length = missShare === 0 ? hot : Math.ceil(distinctCold / missShare);
  const paths: string[] = [];
  let misses = 0;
  for (let i = 0; i < length; i++) {
    if (Math.floor((i + 1) * missShare) > misses) {
      paths.push(permissionPath(hot + Math.floor((misses * cold) / distinctCold)));
      misses++;
    } else {
      paths.push(permissionPath((i - misses) % hot));
    }
  }
  return paths;
}
