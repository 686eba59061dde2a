import { generateLoad, LoadSpec } from './load';

/** The token the bench's servers are started with (`LEDGER_METRICS_TOKEN`), to read their counters. */
export const METRICS_TOKEN = 'bench-metrics-9f3c2a71e5';

/** The read cache's lookups so far, by the ledger's own counter. */
async function cacheLookups(baseUrl: string): Promise<{ hit: number; miss: number }> {
  const response = await fetch(`${baseUrl}/metrics`, {
    headers: { authorization: `Bearer ${METRICS_TOKEN}` },
  });
  const text = await response.text();
  const count = (result: string) => {
    const line = new RegExp(`^ledger_read_cache_lookups_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(
      text,
    );
    if (!line) throw new Error(`${baseUrl}/metrics has no count of read cache lookups (${response.status})`);
    return Number(line[1]);
  };
  return { hit: count('hit'), miss: count('miss') };
}

/** The share of lookups that hit the read cache while `spec` runs for a second: what a mix really is. */
export async function measuredHitShare(spec: Omit<LoadSpec, 'seconds'>): Promise<number> {
  const before = await cacheLookups(spec.url);
  await generateLoad({ ...spec, seconds: 1 });
  const after = await cacheLookups(spec.url);
  const hits = after.hit - before.hit;
  return hits / (hits + after.miss - before.miss);
}
