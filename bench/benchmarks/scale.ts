import { cp, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bestOfRounds, generatorOf, LoadResult, ROUNDS } from '../support/load';
import { METRICS_TOKEN, measuredHitShare } from '../support/cache-lookups';
import { bearer, freshDataDir, openSqliteStore, startLedger } from '../support/ledger-server';
import { residentBytesOf } from '../support/process-memory';
import { limitRow, marginRow, ratioRow, Row } from '../support/results';
import { seedSubjects } from '../support/seed';
import { cachedSeed } from '../support/seed-cache';
import { cacheMix } from './cache-mix';
import { CONNECTIONS } from './permission-queries';

/** The sizes; `BENCH_SCALE_EVENTS`, `BENCH_SCALE_SUBJECTS` and `BENCH_SCALE_CACHE` set others. */
function scaleSizes() {
  const events = Number(process.env.BENCH_SCALE_EVENTS ?? 5_000_000);
  const subjects = Number(process.env.BENCH_SCALE_SUBJECTS ?? 1_000_000);
  const cache = Number(process.env.BENCH_SCALE_CACHE ?? 10_000);
  const perSubject = events / subjects;
  // One data set serves every figure: a synthetic file has at most 10 events.
  if (!Number.isInteger(perSubject) || perSubject < 1 || perSubject > 10) {
    throw new Error('BENCH_SCALE_EVENTS must be 1 to 10 times BENCH_SCALE_SUBJECTS');
  }
  return { subjects, perSubject, cache };
}

const amount = (n: number) => (n % 1e6 === 0 ? `${n / 1e6} M` : n % 1e3 === 0 ? `${n / 1e3}k` : String(n));
const MB = 1e6;
/** The check loads' shares of subjects outside the cache. */
const MIXES = [
  { name: '90 % hits', missShare: 0.1 },
  { name: '50 % misses', missShare: 0.5 },
];

/**
 * The ledger at the scale, each figure beside its baseline in the same run, on a copy of one seeded
 * store (kept between runs, see `cachedSeed`): its start to ready, then its memory and its single checks
 * with a subject cache far smaller than the log.
 */
export async function scale(): Promise<Row[]> {
  const { subjects, perSubject, cache } = scaleSizes();
  const seeded = await cachedSeed(`scale-${subjects}x${perSubject}`, async (dataDir) => {
    const store = await openSqliteStore(dataDir);
    await seedSubjects(store, subjects, () => perSubject);
    await store.close();
  });
  const data = await freshDataDir();
  try {
    const full = join(data.dir, 'full');
    const empty = join(data.dir, 'empty');
    await cp(seeded, full, { recursive: true });
    await mkdir(empty);
    const label = `${amount(subjects)} subjects × ${perSubject} events`;
    return [
      ...(await startTimes(full, empty, label)),
      ...(await withSmallCache(full, empty, `${label}, cache ${amount(cache)} subjects`, subjects, cache)),
    ];
  } finally {
    await data.remove();
  }
}

/** Seconds from spawning the built server on `dataDir` to its first 200 on /health/ready. */
async function startToReady(dataDir: string): Promise<number> {
  const spawned = performance.now();
  const ledger = await startLedger({ LEDGER_DATA_DIR: dataDir });
  const seconds = (performance.now() - spawned) / 1000;
  await ledger.kill();
  return seconds;
}

/**
 * The first start after seeding (the log was written without a ledger running, so it reads it all once and
 * saves its checkpoint), then the best of later starts, beside the best start of an empty store, taken in turn.
 */
async function startTimes(full: string, empty: string, label: string): Promise<Row[]> {
  let emptyStart = await startToReady(empty);
  const first = await startToReady(full);
  let later = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    later = Math.min(later, await startToReady(full));
    emptyStart = Math.min(emptyStart, await startToReady(empty));
  }
  const baseline = { name: 'an empty store', value: emptyStart };
  const polled = 'readiness polled every 100 ms';
  return [
    {
      benchmark: `start to ready, ${label}, first start after seeding`,
      value: first,
      unit: 's',
      baseline,
      ratio: first / emptyStart,
      target: '— (reads the whole log once)',
      note: polled,
    },
    marginRow(
      `start to ready, ${label}, a later start`,
      's',
      later,
      baseline,
      2,
      `best of ${ROUNDS}; ${polled}`,
    ),
  ];
}

/**
 * The seeded ledger and an empty one, both with a cache of `cache` subjects: their memory when ready and after
 * the same check loads, and the seeded ledger's single checks in each mix, beside all of them hitting the cache.
 * The metrics token only opens the route to the counters, which the ledger keeps either way.
 */
async function withSmallCache(
  full: string,
  empty: string,
  label: string,
  subjects: number,
  cache: number,
): Promise<Row[]> {
  const env = { LEDGER_READ_CACHE_SUBJECTS: String(cache), LEDGER_METRICS_TOKEN: METRICS_TOKEN };
  const ledger = await startLedger({ LEDGER_DATA_DIR: full, ...env });
  const bare = await startLedger({ LEDGER_DATA_DIR: empty, ...env });
  try {
    const rss = () => [ledger, bare].map((server) => residentBytesOf(server.pid) / MB);
    const ready = rss();
    const { hot, cold } = cacheMix(subjects, cache);
    for (const path of hot) {
      const { status } = await ledger.get(path);
      if (status !== 200) throw new Error(`${path} answered ${status} while warming the hot set`);
    }
    const loads = [0, ...MIXES.map((mix) => mix.missShare)].map((share) => ({
      paths: hot,
      cold: share > 0 ? { paths: cold, share } : undefined,
      headers: bearer('system'),
      connections: CONNECTIONS,
    }));
    const [allHits, ...mixed] = await bestOfRounds([
      ...loads.map((load) => ({ ...load, url: ledger.baseUrl })),
      ...loads.map((load) => ({ ...load, url: bare.baseUrl })),
    ]);
    const loaded = rss();
    const hitShares: number[] = [];
    for (const load of loads) hitShares.push(await measuredHitShare({ ...load, url: ledger.baseUrl }));
    // Each mix at half its max rate, in turn with all hits at that same rate: the machine's own tail at that
    // load, which the mix's p99 is read against.
    const steady = await bestOfRounds(
      MIXES.flatMap((_, i) =>
        [loads[i + 1], loads[0]].map((load) => ({
          ...load,
          url: ledger.baseUrl,
          overallRate: Math.round(mixed[i].okPerSecond / 2),
        })),
      ),
    );
    const emptyLedger = 'an empty ledger, same settings';
    const allHit = { name: 'the same, all hits', value: allHits.okPerSecond };
    const hitsOf = (i: number) => `${(hitShares[i] * 100).toFixed(1)} % hits`;
    return [
      marginRow(
        `server RSS when ready, ${label}`,
        'MB',
        ready[0],
        { name: emptyLedger, value: ready[1] },
        100,
      ),
      marginRow(
        `server RSS after the check loads, ${label}`,
        'MB',
        loaded[0],
        { name: emptyLedger, value: loaded[1] },
        100,
      ),
      ...MIXES.flatMap((mix, i) => [
        ratioRow(
          `GET permission, ${label}, ${mix.name}`,
          'req/s',
          mixed[i].okPerSecond,
          allHit,
          0.5,
          `the ledger counted ${hitsOf(i + 1)} (${hitsOf(0)} in the all-hit load); ` +
            `at the max rate ${latencies(mixed[i])}, all hits ${latencies(allHits)}`,
        ),
        limitRow(
          `GET permission p99 at half the max rate, ${label}, ${mix.name}`,
          'ms',
          steady[2 * i].latencyMs.p99,
          'max',
          5,
          `${Math.round(steady[2 * i].okPerSecond)} req/s; ${latencies(steady[2 * i])}; ` +
            `all hits at the same rate: ${latencies(steady[2 * i + 1])}; ` +
            `load generator busy ${generatorOf(steady[2 * i])}`,
        ),
      ]),
    ];
  } finally {
    await ledger.kill();
    await bare.kill();
  }
}

const latencies = ({ latencyMs }: LoadResult) => `p50 ${latencyMs.p50} ms, p99 ${latencyMs.p99} ms`;
