import { Pool } from 'undici';
import type { LoadResult, LoadSpec, NextRequest } from './load';

/** How often the pacer wakes to send what has fallen due: requests go out within about this of their time. */
const TICK_MS = 1;

/**
 * An open-loop load at `spec.overallRate`: requests due at even intervals, each sent at its time whether or
 * not earlier ones were answered, and its latency counted from that time, so a server that falls behind shows
 * it in the tail (no coordinated omission). Autocannon's own rate sends each connection's quota for the second
 * as fast as it can and then waits for the next second: bursts at the full rate, whose queue its p99 shows.
 */
export async function pacedLoad(
  spec: LoadSpec & { overallRate: number },
  nextRequest: () => NextRequest,
): Promise<LoadResult> {
  const pool = new Pool(spec.url, { connections: spec.connections });
  const method = spec.method ?? 'GET';
  const interval = 1000 / spec.overallRate;
  const latencies: number[] = [];
  const answers: Promise<void>[] = [];
  let ok = 0;
  let failed = 0;
  const send = (due: number) => {
    const answered = pool.request({ ...nextRequest(), method, headers: spec.headers }).then(
      async (response) => {
        await response.body.dump();
        if (response.statusCode >= 200 && response.statusCode < 300) ok++;
        else failed++;
        latencies.push(performance.now() - due);
      },
      () => void failed++,
    );
    answers.push(answered);
  };
  const start = performance.now();
  const end = start + spec.seconds * 1000;
  for (let due = start; due < end;) {
    const now = performance.now();
    for (; due <= now && due < end; due += interval) send(due);
    await new Promise((resolve) => setTimeout(resolve, TICK_MS));
  }
  await Promise.all(answers);
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
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;
