import { join } from 'node:path';
import { runChild } from './child';

/** One load run, described in plain data so it can cross into this process. */
export interface LoadSpec {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Request paths taken in turn, so the load spreads over many subjects. */
  paths: string[];
  /** Bodies taken in turn (POST). */
  bodies?: string[];
  connections: number;
  seconds: number;
  /** Requests per second over all connections; unset: as fast as the server answers. */
  overallRate?: number;
}

export interface LoadResult {
  /** Answers with a 2xx status, per second. */
  okPerSecond: number;
  ok: number;
  failed: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
}

/** Load from a separate process on loopback: autocannon, bounded in time. */
export const generateLoad = (spec: LoadSpec) => runChild<LoadResult>(join(__dirname, 'load-worker.ts'), spec);
