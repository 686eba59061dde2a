import { Pool } from 'undici';
import type { LoadResult, LoadSpec, NextRequest } from './load';

/** How often the pacer wakes to send what has fallen due: requests go out within about this of their time. */
const TICK_MS = 1;
/**
 * How long the load runs before its requests count. Each load is a new process: until its own code is compiled
 * and its connections are open, it sends late and reads answers late, and a tail measured from due times shows
 * that as the server's.
 */
const OWN_WARMUP_MS = 2000;

/**
 * An open-loop load at `spec.overallRate`: requests due at even intervals, each sent at its time whether or
 * not earlier ones were answered, and its latency counted from that time, so a server that falls behind shows
 * it in the tail (no coordinated omission). Requests count after the load's own warm-up (`OWN_WARMUP_MS`).
 * Autocannon's own rate sends each connection's quota for the second as fast as it can and then waits for the
 * next second: bursts at the full rate, whose queue its p99 shows.
 */
export async function pacedLoad(
  spec: LoadSpec & { overallRate: number },
  nextRequest: () => NextRequest,
): Promise<LoadResult> {
  const pool = new Pool(spec.url, { connections: spec.connections });
  const method = spec.method ?? 'GET';
  const interval = 1000 / spec.overallRate;
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let warmupAnswers = 0;
  let waiting = 0;
  let allAnswered = () => {};
  const cpuAtStart = process.cpuUsage();
  const start = performance.now();
  const measuredFrom = start + OWN_WARMUP_MS;
  const end = measuredFrom + spec.seconds * 1000;
  // A failure fails the load, warm-up or not.
  const send = (due: number) => {
    waiting++;
    pool
      .request({ ...nextRequest(), method, headers: spec.headers })
      .then(
        async (response) => {
          await response.body.dump();
          const answered = response.statusCode >= 200 && response.statusCode < 300;
          if (!answered) failed++;
          else if (due < measuredFrom) warmupAnswers++;
          else {
            ok++;
            latencies.push(performance.now() - due);
          }
        },
        () => void failed++,
      )
      .finally(() => {
        if (--waiting === 0) allAnswered();
      });
  };
  for (let due = start; due < end;) {
    const now = performance.now();
    for (; due <= now && due < end; due += interval) send(due);
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  if (waiting > 0) await new Promise<void>((resolve) => (allAnswered = resolve));
  const { user, system } = process.cpuUsage(cpuAtStart);
  const generatorCpu = (user + system) / 1000 / (performance.now() - start);
  await pool.close();
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) =>
    round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
  return {
    okPerSecond: ok / spec.seconds,
    ok,
    failed,
    latencyMs: {
      p50: percentile(0.5),
      p90: percentile(0.9),
      p99: percentile(0.99),
      max: round(latencies.at(-1) ?? 0),
    },
    warmupAnswers,
    generatorCpu,
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
