import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EVENT_COLUMNS, toStoredEvent } from '../../libs/event-store/src/common/event-row';
import { ReadSide } from '../../apps/ledger-api/src/read-side/read-side.service';
import { SubjectProjection } from '@ledger/runtime';
import { childTask } from '../support/child';
import { openSqliteStore } from '../support/ledger-server';
import { subjectIdOf, syntheticHistory } from '../support/synthetic-history';

export type ReadSideTask =
  | { kind: 'rebuild'; dataDir: string }
  | { kind: 'raw-scan'; dataDir: string }
  | { kind: 'memory'; subjects: number };

/**
 * The read side as a server builds it at a start without a checkpoint (the first start on an imported log):
 * catch-up through the store's subscription from the log's start. Events/s.
 */
async function rebuild(dataDir: string): Promise<number> {
  // The last round's read side saved a checkpoint when it stopped: a start from it would apply nothing.
  const db = new Database(join(dataDir, 'ledger.sqlite'));
  db.exec('DELETE FROM read_checkpoints');
  db.close();
  const store = await openSqliteStore(dataDir);
  const readSide = new ReadSide(store);
  const start = process.hrtime.bigint();
  await readSide.onModuleInit();
  while (!readSide.ready) await new Promise((resolve) => setImmediate(resolve));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const events = Number(readSide.position);
  await readSide.onModuleDestroy();
  await store.close();
  return events / seconds;
}

/** Every row of the events table, every column read (as arrays, as the store reads them), nothing parsed. Rows/s. */
function rawScan(dataDir: string): number {
  const db = new Database(join(dataDir, 'ledger.sqlite'), { readonly: true });
  const scan = db.prepare('SELECT * FROM events ORDER BY position').raw();
  const dataAt = scan.columns().findIndex((column) => column.name === 'data');
  const start = process.hrtime.bigint();
  let rows = 0;
  let bytes = 0;
  for (const row of scan.iterate() as Iterable<string[]>) {
    rows++;
    bytes += row[dataAt].length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  db.close();
  return bytes > 0 ? rows / seconds : 0;
}

/**
 * Heap bytes per subject of the projection holding `subjects` subjects of 1 to 3 events, applied as the store
 * delivers them (parsed from stored JSON). Needs `--expose-gc`.
 */
function memory(subjects: number): number {
  const gc = globalThis.gc as () => void;
  const projection = new SubjectProjection();
  gc();
  const before = process.memoryUsage().heapUsed;
  let position = 0;
  for (let i = 0; i < subjects; i++) {
    for (const event of syntheticHistory(subjectIdOf(i), 1 + (i % 3), i)) {
      const columns: Record<(typeof EVENT_COLUMNS)[number], unknown> = {
        position: ++position,
        stream_id: event.streamId,
        revision: event.revision,
        event_id: event.eventId,
        type: event.type,
        occurred_at: event.occurredAt,
        recorded_at: event.recordedAt,
        actor: JSON.stringify(event.actor),
        data: JSON.stringify(event.data),
        prev_hash: event.prevHash,
        hash: event.hash,
      };
      // A row as SQLite gives it: the values in the order of `EVENT_COLUMNS`.
      projection.apply(toStoredEvent(EVENT_COLUMNS.map((column) => columns[column])));
    }
  }
  gc();
  const bytes = process.memoryUsage().heapUsed - before;
  return projection.size === subjects ? bytes / subjects : NaN;
}

childTask((task: ReadSideTask) => {
  if (task.kind === 'rebuild') return rebuild(task.dataDir);
  if (task.kind === 'raw-scan') return rawScan(task.dataDir);
  return memory(task.subjects);
});
