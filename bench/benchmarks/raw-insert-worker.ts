import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { openSqliteDatabase } from '../../libs/event-store/src/sqlite/sqlite-schema';
import { childTask } from '../support/child';
import { syntheticHistory } from '../support/synthetic-history';

export type RawInsertTask =
  | { kind: 'sqlite'; dataDir: string; seconds: number }
  | { kind: 'postgres'; url: string; seconds: number; writers: number; poolSize: number };

/** A row of the size the ledger stores: one synthetic event, as JSON. */
const row = () => JSON.stringify({ ...syntheticHistory('debtor-raw', 1)[0], eventId: randomUUID() });

/** One-row inserts, each its own durable commit, on the ledger's own schema and pragmas. */
function sqlite(task: Extract<RawInsertTask, { kind: 'sqlite' }>): number {
  const db = openSqliteDatabase(join(task.dataDir, 'raw.sqlite'));
  db.exec('CREATE TABLE IF NOT EXISTS raw (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO raw (body) VALUES (?)');
  const body = row();
  const end = Date.now() + task.seconds * 1000;
  let rows = 0;
  const start = process.hrtime.bigint();
  while (Date.now() < end) {
    insert.run(body); // autocommit: one transaction, one WAL fsync (synchronous = FULL), per row
    rows++;
  }
  const perSecond = rows / (Number(process.hrtime.bigint() - start) / 1e9);
  db.close();
  return perSecond;
}

/** `writers` loops of single-row INSERTs, each its own transaction, through a `pg` pool. */
async function postgres(task: Extract<RawInsertTask, { kind: 'postgres' }>): Promise<number> {
  const setup = new Client({ connectionString: task.url });
  await setup.connect();
  await setup.query('CREATE TABLE IF NOT EXISTS raw (id bigserial PRIMARY KEY, body json NOT NULL)');
  await setup.end();
  const pool = new Pool({ connectionString: task.url, max: task.poolSize });
  const body = row();
  const end = Date.now() + task.seconds * 1000;
  let rows = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: task.writers }, async () => {
      while (Date.now() < end) {
        await pool.query('INSERT INTO raw (body) VALUES ($1)', [body]);
        rows++;
      }
    }),
  );
  const perSecond = rows / (Number(process.hrtime.bigint() - start) / 1e9);
  await pool.end();
  return perSecond;
}

childTask((task: RawInsertTask) => (task.kind === 'sqlite' ? sqlite(task) : postgres(task)));
