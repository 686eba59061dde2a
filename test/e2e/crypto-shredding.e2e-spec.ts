import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { POSTGRES_TEST_URL, postgresSkipReason } from '@ledger/event-store/testing/postgres-test-server';
import { LedgerHarness, secretOf, RoleName } from '../support/ledger-harness';
import {
  PersonalTexts,
  personalTexts,
  recordPersonalTexts,
  textsBeforeErasure,
} from '../support/personal-texts';
import { ServerProcess } from '../support/server-process';

/** Which fields of which event types hold personal text (contract section 3), as stored in `data`. */
const PERSONAL: Record<string, string> = {
  BasisEstablished: 'evidence',
  BasisWithdrawn: 'note',
  ObjectionFiled: 'grounds',
  ObjectionOverridden: 'motivation',
  ObjectionWithdrawn: 'evidence',
  RestrictionApplied: 'note',
  RestrictionLifted: 'reason',
  ErasureCompleted: 'note',
};

interface RawRow {
  type: string;
  data: Record<string, unknown>;
}

/** The sealed personal fields of raw event rows: every one present must be `enc:v1:` + base64. */
function sealedFields(rows: RawRow[]): string[] {
  return rows.flatMap((row) => {
    const value = row.data[PERSONAL[row.type]];
    return value === undefined ? [] : [value as string];
  });
}

const plaintexts = (texts: PersonalTexts) => Object.values(texts);

/**
 * Crypto-shredding, proven on the raw store rather than through the API: personal free text is only ever
 * stored sealed, an erasure destroys the subject's data key in the store, and afterwards nothing the ledger
 * gives out (events, export, logs) can show that text again, while the hash chain still verifies.
 */
describe('crypto-shredding on the raw SQLite file (the built server as a process)', () => {
  let dataDir: string;
  let server: ServerProcess;
  const subjectId = 'debtor-shredded';
  const bystander = 'debtor-kept';
  const texts = personalTexts();
  const kept = personalTexts();

  const call = async (method: string, path: string, role: RoleName, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${secretOf(role)}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(server.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, text: await response.text() };
  };
  const post = async (path: string, body: unknown) => {
    const { status, text } = await call('POST', path, 'dpo', body);
    return { status, body: JSON.parse(text) };
  };

  /** Every byte SQLite keeps on disk for the ledger: the database, its write-ahead log, its shared memory. */
  const rawBytes = () =>
    Buffer.concat(
      ['ledger.sqlite', 'ledger.sqlite-wal', 'ledger.sqlite-shm']
        .map((file) => join(dataDir, file))
        .filter(existsSync)
        .map((file) => readFileSync(file)),
    );
  const readRaw = <T>(read: (db: Database.Database) => T): T => {
    const db = new Database(join(dataDir, 'ledger.sqlite'), { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  };
  const rawEvents = (streamId: string) =>
    readRaw((db) =>
      (
        db.prepare('SELECT type, data FROM events WHERE stream_id = ? ORDER BY revision').all(streamId) as {
          type: string;
          data: string;
        }[]
      ).map((row) => ({ type: row.type, data: JSON.parse(row.data) })),
    );
  const dataKeyRow = (streamId: string) =>
    readRaw((db) =>
      db.prepare('SELECT wrapped_key, destroyed_at FROM data_keys WHERE key_id = ?').get(streamId),
    ) as { wrapped_key: Buffer | null; destroyed_at: string | null } | undefined;

  let wrappedKeyBefore: Buffer;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'basis-ledger-shredding-'));
    server = await ServerProcess.start({ LEDGER_DATA_DIR: dataDir });
    await recordPersonalTexts(post, subjectId, texts);
    await recordPersonalTexts(post, bystander, kept);
  });
  afterAll(async () => {
    await server?.kill();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('before erasure: stores every personal field sealed, and no plaintext anywhere on disk', () => {
    const rows = rawEvents(subjectId);
    expect(rows.map((row) => row.type)).toEqual([
      'BasisEstablished',
      'BasisWithdrawn',
      'BasisEstablished',
      'ObjectionFiled',
      'ObjectionOverridden',
      'ObjectionWithdrawn',
      'RestrictionApplied',
      'RestrictionLifted',
    ]);
    const sealed = sealedFields(rows);
    expect(sealed).toHaveLength(8);
    for (const value of sealed) expect(value).toMatch(/^enc:v1:[A-Za-z0-9+/]+=*$/);
    const disk = rawBytes();
    for (const text of [...plaintexts(texts), ...plaintexts(kept)]) expect(disk.includes(text)).toBe(false);
    const key = dataKeyRow(subjectId);
    expect(key).toEqual({ wrapped_key: expect.any(Buffer), destroyed_at: null });
    wrappedKeyBefore = key!.wrapped_key!;
    expect(wrappedKeyBefore.length).toBe(12 + 16 + 32);
  });

  it('before erasure: gives the personal fields back to auditors', async () => {
    const { text } = await call('GET', `/v1/subjects/${subjectId}/events`, 'auditor');
    for (const plaintext of textsBeforeErasure(texts)) expect(text).toContain(plaintext);
  });

  describe('after erasure', () => {
    beforeAll(async () => {
      const erased = await post(`/v1/subjects/${subjectId}/erasure`, {
        retain: ['fiscal-retention'],
        note: texts.erasureNote,
      });
      expect(erased.status).toBe(201);
    });

    it("has destroyed the subject's data key in the store, and only that subject's", () => {
      expect(dataKeyRow(subjectId)).toEqual({
        wrapped_key: null,
        destroyed_at: expect.stringMatching(/^\d{4}-/),
      });
      expect(dataKeyRow(bystander)).toEqual({ wrapped_key: expect.any(Buffer), destroyed_at: null });
    });

    it('holds no plaintext on disk, and no copy of the destroyed key', () => {
      const disk = rawBytes();
      for (const text of [...plaintexts(texts), ...plaintexts(kept)]) expect(disk.includes(text)).toBe(false);
      expect(disk.includes(wrappedKeyBefore)).toBe(false);
      const sealed = sealedFields(rawEvents(subjectId));
      expect(sealed).toHaveLength(9);
      for (const value of sealed) expect(value).toMatch(/^enc:v1:/);
    });

    it('shows every personal field as null in events and the export, and the bystander as it was', async () => {
      const events = JSON.parse((await call('GET', `/v1/subjects/${subjectId}/events`, 'auditor')).text);
      const fields = events.events.map((event: any) => event.data[PERSONAL[event.type]]);
      expect(fields).toEqual(Array(9).fill(null));
      const exported = (await call('GET', `/v1/subjects/${subjectId}/export`, 'dpo')).text;
      expect(JSON.parse(exported).events).toEqual(events.events);
      for (const text of plaintexts(texts)) expect(exported).not.toContain(text);
      const other = (await call('GET', `/v1/subjects/${bystander}/events`, 'auditor')).text;
      expect(other).toContain(kept.evidence);
    });

    it('still verifies: the chain hashes the sealed form, which did not change', async () => {
      const one = JSON.parse((await call('GET', `/v1/subjects/${subjectId}/verification`, 'auditor')).text);
      expect(one).toMatchObject({ valid: true, eventCount: 9 });
      const all = JSON.parse((await call('GET', '/v1/verification', 'auditor')).text);
      // The two subjects' 9 + 8 events, and the catalogue's stream with its one adoption (contract section 2).
      expect(all).toMatchObject({ valid: true, streams: 3, events: 18, breaks: [] });
    });

    it('never wrote any of the personal text to its logs', () => {
      expect(server.log.length).toBeGreaterThan(0);
      for (const text of [...plaintexts(texts), ...plaintexts(kept)]) expect(server.log).not.toContain(text);
    });
  });
});

const postgresSkip = postgresSkipReason();
if (postgresSkip) console.warn(`Skipping crypto-shredding on PostgreSQL: ${postgresSkip}`);

(postgresSkip ? describe.skip : describe)('crypto-shredding on the raw PostgreSQL tables', () => {
  const schema = `ledger_shred_${randomBytes(6).toString('hex')}`;
  const subjectId = 'debtor-shredded-pg';
  const texts = personalTexts();
  let ledger: LedgerHarness;
  let client: Client;

  const rawEvents = async (): Promise<RawRow[]> =>
    (
      await client.query(
        `SELECT type, data::text AS data FROM "${schema}".events WHERE stream_id = $1 ORDER BY revision`,
        [subjectId],
      )
    ).rows.map((row) => ({ type: row.type, data: JSON.parse(row.data) }));
  /** Every row of every table of the ledger's schema, as text. */
  const everything = async () => {
    const events = await client.query(`SELECT t::text AS row FROM "${schema}".events t`);
    const keys = await client.query(`SELECT t::text AS row FROM "${schema}".data_keys t`);
    return [...events.rows, ...keys.rows].map((row) => row.row).join('\n');
  };
  const dataKey = async () =>
    (
      await client.query(`SELECT wrapped_key, destroyed_at FROM "${schema}".data_keys WHERE key_id = $1`, [
        subjectId,
      ])
    ).rows[0];

  beforeAll(async () => {
    ledger = await LedgerHarness.start({
      store: 'postgres',
      postgresUrl: POSTGRES_TEST_URL,
      postgresSchema: schema,
    });
    client = new Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    await recordPersonalTexts(ledger.post, subjectId, texts);
    // Each command waits (up to 5 s) for its read side, which reads only the settled log: see below.
  }, 60_000);
  afterAll(async () => {
    await ledger?.stop();
    await client?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client?.end();
  });

  it('stores personal fields only sealed, erases by destroying the key, and still verifies', async () => {
    const before = await everything();
    for (const text of plaintexts(texts)) expect(before).not.toContain(text);
    for (const value of sealedFields(await rawEvents())) expect(value).toMatch(/^enc:v1:[A-Za-z0-9+/]+=*$/);
    expect(await dataKey()).toEqual({ wrapped_key: expect.any(Buffer), destroyed_at: null });

    expect((await ledger.post(`/v1/subjects/${subjectId}/erasure`, { note: texts.erasureNote })).status).toBe(
      201,
    );

    const after = await everything();
    for (const text of plaintexts(texts)) expect(after).not.toContain(text);
    expect(sealedFields(await rawEvents())).toHaveLength(9);
    expect(await dataKey()).toEqual({ wrapped_key: null, destroyed_at: expect.stringMatching(/^\d{4}-/) });
    const events = (await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor')).body.events;
    expect(events.map((event: any) => event.data[PERSONAL[event.type]])).toEqual(Array(9).fill(null));
    expect((await ledger.get(`/v1/subjects/${subjectId}/verification`, 'auditor')).body).toMatchObject({
      valid: true,
      eventCount: 9,
    });
    // The log is read below the oldest transaction still open in the cluster: another test's may hold it back.
    let whole = (await ledger.get('/v1/verification', 'auditor')).body;
    // The subject's 9 events and the catalogue's adoption (contract section 2).
    for (let i = 0; i < 100 && whole.events < 10; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      whole = (await ledger.get('/v1/verification', 'auditor')).body;
    }
    expect(whole).toMatchObject({ valid: true, streams: 2, events: 10 });
  });
});
