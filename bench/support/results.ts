import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** One line of the table: a figure, what it is compared with, and whether it meets its target. */
export interface Row {
  benchmark: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  ratio?: number;
  target: string;
  /** Unset for a figure reported without a target of its own. */
  met?: boolean;
  note?: string;
}

/** A figure measured beside its baseline in the same run: the target is a lowest ratio. */
export function ratioRow(
  benchmark: string,
  unit: string,
  value: number,
  baseline: { name: string; value: number },
  minRatio: number,
  note?: string,
): Row {
  const ratio = value / baseline.value;
  return { benchmark, value, unit, baseline, ratio, target: `≥ ${minRatio}×`, met: ratio >= minRatio, note };
}

/** A figure with an absolute target: at least (`min`) or at most (`max`) `limit`. */
export function limitRow(
  benchmark: string,
  unit: string,
  value: number,
  bound: 'min' | 'max',
  limit: number,
  note?: string,
): Row {
  const met = bound === 'min' ? value >= limit : value <= limit;
  const target = `${bound === 'min' ? '≥' : '≤'} ${format(limit)} ${unit}`;
  return { benchmark, value, unit, target, met, note };
}

/** A figure beside its baseline in the same run: the target is the most it may exceed it by (`maxExcess`). */
export function marginRow(
  benchmark: string,
  unit: string,
  value: number,
  baseline: { name: string; value: number },
  maxExcess: number,
  note?: string,
): Row {
  const ratio = value / baseline.value;
  const met = value - baseline.value <= maxExcess;
  return {
    benchmark,
    value,
    unit,
    baseline,
    ratio,
    target: `≤ baseline + ${format(maxExcess)} ${unit}`,
    met,
    note,
  };
}

export function format(value: number): string {
  if (value >= 100) return Math.round(value).toLocaleString('en');
  return value.toPrecision(3);
}

export function machine(): string {
  const cores = cpus();
  return `${cores.length} × ${cores[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function markdownTable(rows: readonly Row[]): string {
  const lines = [
    '| benchmark | figure | baseline (same run) | ratio | target | met |',
    '|---|---:|---|---:|---|:-:|',
    ...rows.map((row) =>
      [
        row.benchmark,
        `${format(row.value)} ${row.unit}`,
        row.baseline ? `${row.baseline.name}: ${format(row.baseline.value)} ${row.unit}` : '—',
        row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
        row.target,
        row.met === undefined ? '—' : row.met ? 'yes' : '**no**',
      ].join(' | '),
    ),
  ];
  return lines.map((line) => (line.startsWith('|') ? line : `| ${line} |`)).join('\n');
}

/** Writes the run as JSON (kept out of git) and, when complete, as `latest.md` (committed, quoted by the README). */
export function writeResults(rows: readonly Row[], startedAt: Date, complete: boolean): void {
  const dir = join(__dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const run = { startedAt: startedAt.toISOString(), machine: machine(), rows };
  writeFileSync(join(dir, `${stamp}.json`), JSON.stringify(run, null, 2) + '\n');
  const notes = rows.filter((row) => row.note).map((row) => `- ${row.benchmark}: ${row.note}`);
  const markdown = [
    `# Latest benchmark run`,
    '',
    `${startedAt.toISOString()} on ${machine()}. Reproduce with \`npm run bench\`.`,
    '',
    markdownTable(rows),
    ...(notes.length ? ['', ...notes] : []),
    '',
  ].join('\n');
  if (complete) writeFileSync(join(dir, 'latest.md'), markdown);
}
