import { postgresAppends, sqliteAppends } from './benchmarks/durable-appends';
import { fastPaths } from './benchmarks/fast-paths';
import { permissionQueries } from './benchmarks/permission-queries';
import { projectionMemory, readSideRebuild } from './benchmarks/read-side';
import { scale } from './benchmarks/scale';
import { requestLog } from './benchmarks/request-log';
import { markdownTable, Row, writeResults } from './support/results';

/** Every benchmark, each on a fresh data directory, each beside its baseline. Run by `npm run bench`. */
const BENCHMARKS: Record<string, () => Promise<Row[]>> = {
  'permission-queries': permissionQueries,
  'fast-paths': fastPaths,
  'request-log': requestLog,
  'sqlite-appends': sqliteAppends,
  'postgres-appends': postgresAppends,
  'read-side-rebuild': readSideRebuild,
  'projection-memory': projectionMemory,
  scale,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const startedAt = new Date();
  const rows: Row[] = [];
  for (const [name, run] of Object.entries(BENCHMARKS)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const start = Date.now();
    process.stdout.write(`${name} ...`);
    const produced = await run();
    rows.push(...produced);
    process.stdout.write(` ${((Date.now() - start) / 1000).toFixed(0)} s\n${markdownTable(produced)}\n\n`);
  }
  // A partial run (some groups named) is printed and kept as JSON, but does not replace `latest.md`.
  writeResults(rows, startedAt, only.length === 0);
  process.stdout.write(`${markdownTable(rows)}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
