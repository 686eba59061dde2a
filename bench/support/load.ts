import { join } from 'node:path';
import { runChild } from './child';
import { cpuMicrosOf } from './server-cpu';
import { SECONDS, WARMUP_SECONDS } from './settings';

/** One load run, described in plain data so it can cross into this process. */
export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request paths taken in turn, so the load spreads over many subjects. */
  paths: string[];
  /**
   * Paths for `share` of the requests instead (spread evenly among them), taken in turn from a random first
   * one: subjects a cache should not hold, where a run must not begin on those an earlier run left in it.
   */
  cold?: { paths: string[]; share: number };
  /** Bodies taken in turn (POST). */
  bodies?: string[];
  connections: number;
  seconds: number;
  /**
   * Requests per second over all connections, sent at even intervals whether or not earlier ones were
   * answered (`paced-load.ts`); unset: as fast as the server answers (autocannon).
   */
  overallRate?: number;
  /** The server's process: its CPU time per answer is measured too (`cpuMicrosPerAnswer`). */
  serverPid?: number;
}

/** One request of a load: its path, and its body for a POST. */
export interface NextRequest {
  path: string;
  body?: string;
}

export interface LoadResult {
  /** Answers with a 2xx status, per second. */
  okPerSecond: number;
  ok: number;
  failed: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Answers to a load's own warm-up (paced loads), which the server's CPU time covers too. */
  warmupAnswers?: number;
  /**
   * The share of one core the load generator itself used (paced loads): near 1, its own queue is in the
   * latencies, whatever the server does.
   */
  generatorCpu?: number;
  /** The server's CPU time per answer, in µs, the least of the rounds (with `serverPid`, on Linux). */
  cpuMicrosPerAnswer?: number;
}

/** A load's server CPU time per answer, as a row's note prints it. */
export const cpuOf = ({ cpuMicrosPerAnswer: micros }: LoadResult) =>
  micros === undefined ? 'unknown' : `${Math.round(micros)} µs`;

/** How busy a paced load's generator was, as a row's note prints it. */
export const generatorOf = ({ generatorCpu }: LoadResult) =>
  generatorCpu === undefined ? 'unknown' : `${generatorCpu.toFixed(2)} of a core`;

/** Load from a separate process on loopback: autocannon, bounded in time. */
export const generateLoad = (spec: LoadSpec) => runChild<LoadResult>(join(__dirname, 'load-worker.ts'), spec);

/** Rounds of each load, taken in turn (A B A B ...), after a warm-up: the machine is shared and noisy. */
export const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/**
 * Each spec's best round: the figure least disturbed by other work on the machine. Loads that compare
 * alternate, so a noisy moment falls on both sides rather than on one.
 */
export async function bestOfRounds(specs: readonly Omit<LoadSpec, 'seconds'>[]): Promise<LoadResult[]> {
  for (const spec of specs) await generateLoad({ ...spec, seconds: WARMUP_SECONDS });
  const best: LoadResult[] = [];
  const leastCpu: (number | undefined)[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, spec] of specs.entries()) {
      const cpuBefore = spec.serverPid ? cpuMicrosOf(spec.serverPid) : undefined;
      const result = await generateLoad({ ...spec, seconds: SECONDS });
      if (result.failed > 0) throw new Error(`${result.failed} requests to ${spec.url} failed`);
      if (!best[i] || isBetter(spec, result, best[i])) best[i] = result;
      const cpuAfter = spec.serverPid ? cpuMicrosOf(spec.serverPid) : undefined;
      const answers = result.ok + (result.warmupAnswers ?? 0);
      if (cpuBefore !== undefined && cpuAfter !== undefined && answers > 0) {
        leastCpu[i] = Math.min(leastCpu[i] ?? Infinity, (cpuAfter - cpuBefore) / answers);
      }
    }
  }
  return best.map((result, i) => ({ ...result, cpuMicrosPerAnswer: leastCpu[i] }));
}

/** Least disturbed: the most answers, or for a paced load (whose answers the rate sets) the shortest tail. */
const isBetter = (spec: Omit<LoadSpec, 'seconds'>, result: LoadResult, best: LoadResult) =>
  spec.overallRate === undefined
    ? result.okPerSecond > best.okPerSecond
    : result.latencyMs.p99 < best.latencyMs.p99;
