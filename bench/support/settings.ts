/** How long each measured load runs; `BENCH_SECONDS=2 npm run bench` for a quick look. */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/** Warm-up before each measured run, so the JIT has settled on both sides. */
export const WARMUP_SECONDS = Math.max(1, Math.round(SECONDS / 3));
