import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  dropSchema,
  POSTGRES_TEST_URL,
  postgresSkipReason,
  uniqueName,
} from '@ledger/event-store/testing/postgres-test-server';

/** An event row as the store holds it: `data` in its stored form, personal text sealed. */
export interface RawEvent {
  type: string;
  data: Record<string, unknown>;
}

/** A row of `data_keys`: the wrapped key, or `null` with the time it was destroyed. */
export interface RawDataKey {
  wrapped_key: Buffer | null;
  destroyed_at: string | null;
}

/** A store read behind the ledger's back: what an administrator of its files or database sees. */
export interface RawStore {
  /**
   * Whether the store still holds `needle` anywhere: SQLite in any byte of its files (the database, its
   * write-ahead log, its shared memory); PostgreSQL in any live row of the ledger's schema (a `Buffer` as the
   * hex of its bytes) or any byte of the pages of its tables, their TOAST tables and indexes, as the server
   * holds them (pageinspect): dead row versions and the free space they leave included. PostgreSQL's
   * write-ahead log, shared by every database of the server, is not searched.
   */
  holds(needle: string | Buffer): Promise<boolean>;
  events(subjectId: string): Promise<RawEvent[]>;
  /** The row of `keyId`, or `undefined` when the store never had one. */
  dataKey(keyId: string): Promise<RawDataKey | undefined>;
  /** The position of a stream's event at `revision`, as the store gives it. */
  positionOf(streamId: string, revision: number): Promise<string>;
  /** Runs `sql` on the store behind the ledger's back, its tables unqualified, as a vandal with write access could. */
  tamper(sql: string): Promise<void>;
}

/** A kind of store the built server runs on, opened raw beside it. */
export interface RawStoreKind {
  name: string;
  dialect: 'sqlite' | 'postgres';
  /** Why this store cannot be tested here; its suites are skipped. */
  skipReason?: string;
  /** A new, empty store: the server's environment for it, its raw view, and how to remove it. */
  create(dataDir: string): Promise<{ env: Record<string, string>; raw: RawStore; remove(): Promise<void> }>;
}

const POSITION_OF =
  'SELECT CAST(position AS TEXT) AS position FROM events WHERE stream_id = ? AND revision = ?';

const sqlite: RawStoreKind = {
  name: 'SQLite file',
  dialect: 'sqlite',
  create: async (dataDir) => {
    const file = join(dataDir, 'ledger.sqlite');
    const read = <T>(query: (db: Database.Database) => T): T => {
      const db = new Database(file, { readonly: true });
      try {
        return query(db);
      } finally {
        db.close();
      }
    };
    const raw: RawStore = {
      holds: async (needle) =>
        [file, `${file}-wal`, `${file}-shm`].some(
          (path) => existsSync(path) && readFileSync(path).includes(needle),
        ),
      events: async (subjectId) =>
        read((db) =>
          db.prepare('SELECT type, data FROM events WHERE stream_id = ? ORDER BY revision').all(subjectId),
        ).map((row: any) => ({ type: row.type, data: JSON.parse(row.data) })),
      dataKey: async (keyId) =>
        read((db) =>
          db.prepare('SELECT wrapped_key, destroyed_at FROM data_keys WHERE key_id = ?').get(keyId),
        ) as RawDataKey | undefined,
      positionOf: async (streamId, revision) =>
        read((db) => (db.prepare(POSITION_OF).get(streamId, revision) as { position: string }).position),
      tamper: async (sql) => {
        const db = new Database(file);
        try {
          db.exec(sql);
        } finally {
          db.close();
        }
      },
    };
    return { env: { LEDGER_DATA_DIR: dataDir }, raw, remove: async () => undefined };
  },
};

const positionOfIn = (schema: string) => {
  let n = 0;
  return POSITION_OF.replace('events', `"${schema}".events`).replace(/\?/g, () => `$${++n}`);
};

const postgres: RawStoreKind = {
  name: 'PostgreSQL tables',
  dialect: 'postgres',
  skipReason: postgresSkipReason(),
  create: async (dataDir) => {
    const schema = uniqueName('ledger_shred');
    const client = new Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    await withPageInspect(client);
    const raw: RawStore = {
      holds: async (needle) => {
        if (await inRawPages(client, schema, needle)) return true;
        const tables = await client.query(
          `SELECT table_name FROM information_schema.tables WHERE table_schema = $1`,
          [schema],
        );
        const text = typeof needle === 'string' ? needle : needle.toString('hex');
        for (const { table_name } of tables.rows) {
          const rows = await client.query(`SELECT t::text AS row FROM "${schema}"."${table_name}" t`);
          if (rows.rows.some(({ row }) => row.includes(text))) return true;
        }
        return false;
      },
      events: async (subjectId) =>
        (
          await client.query(
            `SELECT type, data::text AS data FROM "${schema}".events WHERE stream_id = $1 ORDER BY revision`,
            [subjectId],
          )
        ).rows.map((row) => ({ type: row.type, data: JSON.parse(row.data) })),
      dataKey: async (keyId) =>
        (
          await client.query(
            `SELECT wrapped_key, destroyed_at FROM "${schema}".data_keys WHERE key_id = $1`,
            [keyId],
          )
        ).rows[0],
      positionOf: async (streamId, revision) =>
        (await client.query(positionOfIn(schema), [streamId, revision])).rows[0].position,
      tamper: async (sql) => {
        await client.query(`SET search_path = "${schema}"`);
        try {
          await client.query(sql);
        } finally {
          await client.query('RESET search_path');
        }
      },
    };
    return {
      env: {
        LEDGER_DATA_DIR: dataDir,
        LEDGER_STORE: 'postgres',
        LEDGER_POSTGRES_URL: POSTGRES_TEST_URL,
        LEDGER_POSTGRES_SCHEMA: schema,
      },
      raw,
      remove: async () => {
        await client.end();
        await dropSchema(schema);
      },
    };
  },
};

/** Creates the extension once per database; another suite creating it at the same moment is no failure. */
async function withPageInspect(client: Client): Promise<void> {
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS pageinspect');
  } catch (error) {
    const { rowCount } = await client.query("SELECT FROM pg_extension WHERE extname = 'pageinspect'");
    if (!rowCount) throw error;
  }
}

/** Whether any page of a relation of `schema` (its tables, their TOAST tables, their indexes) holds `needle`. */
async function inRawPages(client: Client, schema: string, needle: string | Buffer): Promise<boolean> {
  const { rows } = await client.query(
    `WITH relations AS (
       SELECT c.oid, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relkind IN ('r', 'i')
     ), searched AS (
       SELECT oid FROM relations UNION SELECT reltoastrelid FROM relations WHERE reltoastrelid <> 0
       UNION SELECT indexrelid FROM pg_index WHERE indrelid IN (SELECT reltoastrelid FROM relations)
     )
     SELECT EXISTS (
       SELECT FROM searched,
         generate_series(0, pg_relation_size(searched.oid) / current_setting('block_size')::int - 1) AS page
       WHERE position($2::bytea IN get_raw_page(searched.oid::regclass::text, page::int)) > 0
     ) AS found`,
    [schema, typeof needle === 'string' ? Buffer.from(needle, 'utf8') : needle],
  );
  return rows[0].found;
}

/** The stores whose raw contents a suite inspects; one that cannot be reached is skipped with one warning. */
export function describeOnEachRawStore(title: string, suite: (kind: RawStoreKind) => void): void {
  for (const kind of [sqlite, postgres]) {
    if (kind.skipReason) console.warn(`Skipping "${title}" on the ${kind.name}: ${kind.skipReason}`);
    (kind.skipReason ? describe.skip : describe)(`${title}, on the raw ${kind.name}`, () => suite(kind));
  }
}
