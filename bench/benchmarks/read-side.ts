import { join } from 'node:path';
import { runChild } from '../support/child';
import { ROUNDS } from '../support/load';
import { freshDataDir, openSqliteStore } from '../support/ledger-server';
import { limitRow, ratioRow, Row } from '../support/results';
import { seedSubjects } from '../support/seed';
import type { ReadSideTask } from './read-side-worker';

const STORED_EVENTS = 1_000_000;
const MEMORY_SUBJECTS = 1_000_000;
const worker = join(__dirname, 'read-side-worker.ts');

/** Rebuilding the read side from 1 M stored events (500k subjects of 1 to 3), beside a raw scan of the table. */
export async function readSideRebuild(): Promise<Row[]> {
  const data = await freshDataDir();
  try {
    const store = await openSqliteStore(data.dir);
    const stored = await seedSubjects(store, STORED_EVENTS / 2, (i) => 1 + (i % 3));
    await store.close();
    // Best of interleaved rounds, as for the HTTP loads: the machine is shared.
    let raw = 0;
    let rebuilt = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const scan: ReadSideTask = { kind: 'raw-scan', dataDir: data.dir };
      raw = Math.max(raw, await runChild<number>(worker, scan));
      const rebuild: ReadSideTask = { kind: 'rebuild', dataDir: data.dir };
      rebuilt = Math.max(rebuilt, await runChild<number>(worker, rebuild));
    }
    return [
      ratioRow(
        `read-side rebuild from ${(stored / 1e6).toFixed(1)} M events (a start without checkpoint), SQLite`,
        'events/s',
        rebuilt,
        {
          name: 'raw full scan of the table',
          value: raw,
        },
        0.5,
      ),
    ];
  } finally {
    await data.remove();
  }
}

/** What the projection keeps per subject, at 1 M subjects of 1 to 3 events. */
export async function projectionMemory(): Promise<Row[]> {
  const perSubject = await runChild<number>(
    worker,
    { kind: 'memory', subjects: MEMORY_SUBJECTS } satisfies ReadSideTask,
    ['--expose-gc', '--max-old-space-size=8192'],
  );
  return [
    limitRow('projection memory per subject, 1 M subjects of 1–3 events', 'bytes', perSubject, 'max', 1024),
  ];
}
