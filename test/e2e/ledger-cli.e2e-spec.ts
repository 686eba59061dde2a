import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import {
  dropSchema,
  POSTGRES_TEST_URL,
  postgresSkipReason,
  uniqueName,
} from '@ledger/event-store/testing/postgres-test-server';
import { LedgerHarness } from '../support/ledger-harness';
import { runLedgerCli } from '../support/ledger-cli';
import { temporaryDirectories } from '../support/temporary-directories';

const T0 = '2026-01-10T09:00:00.000Z';

const widestLine = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

/**
 * The operator CLI as a process against the built output, on a real SQLite file written by the server;
 * then the same file tampered with, row by row, as someone with access to the disk could. The log holds the
 * six subjects' eight events after the server's first: the adoption of its catalogue, on a stream of its own
 * (contract section 2). So 9 events in 7 streams, of which 6 are subjects.
 */
describe('npx ledger (built CLI, SQLite file)', () => {
  const temp = temporaryDirectories('cli');
  let pristine: string;
  const subject = 'debtor-cli';
  let exported: any;

  beforeAll(async () => {
    pristine = await temp.make();
    const ledger = await LedgerHarness.start({ dataDir: pristine });
    const base = `/v1/subjects/${subject}`;
    await ledger.post(`${base}/bases`, {
      purpose: 'collection',
      legalBasis: 'legitimate-interests',
      evidence: 'claim 2026-0042',
      occurredAt: T0,
    });
    const objection = await ledger.post(`${base}/objections`, {
      purposes: ['collection'],
      grounds: 'ik betwist de vordering',
      occurredAt: '2026-02-01T09:00:00.000Z',
    });
    await ledger.post(`${base}/objections/${objection.body.objectionId}/decision`, {
      outcome: 'overridden',
      motivation: 'de vordering is onderbouwd',
      occurredAt: '2026-02-10T09:00:00.000Z',
    });
    for (let i = 0; i < 5; i++) {
      await ledger.post(`/v1/subjects/other-${i}/bases`, {
        purpose: 'payouts',
        legalBasis: 'contract',
        evidence: `payout order ${i}`,
        occurredAt: T0,
      });
    }
    exported = (await ledger.get(`${base}/export`, 'dpo')).body;
    await ledger.stop();
  });
  afterAll(() => temp.removeAll());

  /** A copy of the ledger's data directory, tampered with by `tamper` through SQL on the raw file. */
  async function tamperedCopy(tamper: (db: Database.Database) => void): Promise<string> {
    const dir = await temp.make();
    for (const file of ['ledger.sqlite', 'master.key']) await copyFile(join(pristine, file), join(dir, file));
    const db = new Database(join(dir, 'ledger.sqlite'));
    try {
      tamper(db);
    } finally {
      db.close();
    }
    return dir;
  }
  const positionOf = (db: Database.Database, streamId: string, revision: number) =>
    db
      .prepare('SELECT position FROM events WHERE stream_id = ? AND revision = ?')
      .pluck()
      .get(streamId, revision) as number;

  describe('verify', () => {
    it('passes an intact store with exit code 0', async () => {
      const run = await runLedgerCli(['verify'], { LEDGER_DATA_DIR: pristine });
      expect(run).toMatchObject({ code: 0 });
      expect(run.stdout).toMatch(
        /^verified 9 events in 7 streams, up to position 9 \(.+\): every chain holds\n$/,
      );
    });

    it('names the stream and revision of a row whose data was changed, with exit code 1', async () => {
      const changedData = await tamperedCopy((db) =>
        db
          .prepare(
            `UPDATE events SET data = json_set(data, '$.objectionId', 'forged') WHERE stream_id = ? AND revision = 2`,
          )
          .run(subject),
      );
      const backDated = await tamperedCopy((db) =>
        db
          .prepare(
            `UPDATE events SET occurred_at = '2026-01-01T00:00:00.000Z' WHERE stream_id = ? AND revision = 2`,
          )
          .run(subject),
      );
      for (const data of [changedData, backDated]) {
        const run = await runLedgerCli(['verify'], { LEDGER_DATA_DIR: data });
        expect(run.code).toBe(1);
        expect(run.stdout).toContain('1 break(s)');
        expect(run.stdout).toMatch(
          new RegExp(`subject ${subject} revision 2 \\(position \\d+\\): hash-mismatch`),
        );
      }
    });

    it('names the revision after a deleted row', async () => {
      const dir = await tamperedCopy((db) =>
        db.prepare('DELETE FROM events WHERE stream_id = ? AND revision = 1').run(subject),
      );
      const run = await runLedgerCli(['verify'], { LEDGER_DATA_DIR: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(`subject ${subject} revision 2 (position`);
      expect(run.stdout).toContain('revision-gap: revision 1 is missing before it');
    });

    it('finds two rows that swapped places in the log, and answers JSON when asked', async () => {
      const dir = await tamperedCopy((db) => {
        const [first, second] = [positionOf(db, subject, 1), positionOf(db, subject, 2)];
        const move = db.prepare('UPDATE events SET position = ? WHERE position = ?');
        db.transaction(() => {
          move.run(-1, first);
          move.run(first, second);
          move.run(second, -1);
        })();
      });
      const run = await runLedgerCli(['verify', '--json'], { LEDGER_DATA_DIR: dir });
      expect(run.code).toBe(1);
      const result = JSON.parse(run.stdout);
      expect(result).toMatchObject({ valid: false, events: 9, streams: 7, breakCount: 2 });
      expect(result.breaks.map((found: any) => [found.subjectId, found.revision, found.problem])).toEqual([
        [subject, 2, 'revision-gap'],
        [subject, 1, 'revision-out-of-order'],
      ]);
    });

    it('agrees with GET /v1/verification on the tampered file', async () => {
      const dir = await tamperedCopy((db) =>
        db
          .prepare(
            "UPDATE events SET data = replace(data, 'contract', 'consent') WHERE stream_id = 'other-3'",
          )
          .run(),
      );
      const ledger = await LedgerHarness.start({ dataDir: dir });
      try {
        const answer = await ledger.get('/v1/verification', 'auditor');
        expect(answer.body).toMatchObject({
          valid: false,
          streams: 7,
          events: 9,
          breakCount: 1,
          breaks: [{ subjectId: 'other-3', revision: 0, problem: 'hash-mismatch' }],
          headPosition: '9',
        });
        const cli = await runLedgerCli(['verify', '--json'], { LEDGER_DATA_DIR: dir });
        const { breaks, ...rest } = JSON.parse(cli.stdout);
        expect({ ...rest, subjects: breaks.map((found: any) => found.subjectId) }).toEqual({
          valid: false,
          streams: 7,
          events: 9,
          breakCount: 1,
          headPosition: '9',
          subjects: ['other-3'],
        });
      } finally {
        await ledger.stop();
      }
    });
  });

  it('replays a subject at a moment, as the ledger knew it at another, as a table', async () => {
    const env = { LEDGER_DATA_DIR: pristine };
    const during = await runLedgerCli(
      ['replay', subject, '--purpose', 'collection', '--at', '2026-02-05T00:00:00Z'],
      env,
    );
    expect(during.code).toBe(0);
    expect(during.stdout).toContain(`${subject} at 2026-02-05T00:00:00.000Z`);
    expect(during.stdout).toMatch(
      /│ collection +│ not permitted +│ objection filed 2026-02-01, not yet +│\n/,
    );
    expect(during.stdout).toMatch(/│ +│ OBJECTION_PENDING +│ decided +│\n/);
    const all = await runLedgerCli(
      ['replay', subject, '--at', '2026-03-01T00:00:00Z', '--explain', 'nl', '--json'],
      env,
    );
    const decisions = JSON.parse(all.stdout);
    expect(decisions).toHaveLength(exported.decisions.length);
    expect(decisions[0]).toMatchObject({
      subjectId: subject,
      purpose: 'collection',
      permitted: true,
      reasons: [{ code: 'BASIS_ACTIVE' }, { code: 'OBJECTION_OVERRIDDEN' }],
      explanation: expect.stringContaining('Een bezwaar is op 10 februari 2026 afgewezen'),
    });
    const explained = await runLedgerCli(['replay', subject, '--explain', 'nl'], env);
    expect(explained.code).toBe(0);
    expect(widestLine(explained.stdout)).toBeLessThanOrEqual(100);
    expect(explained.stdout).toMatch(/│ bezwaar is op 10 februari 2026 +│\n/);
    const known = await runLedgerCli(
      ['replay', subject, '--purpose', 'collection', '--as-of', '2026-01-01T00:00:00Z', '--json'],
      env,
    );
    expect(JSON.parse(known.stdout)[0].reasons[0].code).toBe('NO_BASIS');
  });

  it('refuses what it cannot do with exit code 2 and says why', async () => {
    const env = { LEDGER_DATA_DIR: pristine };
    expect(await runLedgerCli(['replay', 'no such subject'], env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a subject id'),
    });
    expect(await runLedgerCli(['replay', subject, '--purpose', 'astrology'], env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown purpose'),
    });
    expect(await runLedgerCli(['replay', subject, '--at', 'yesterday'], env)).toMatchObject({ code: 2 });
    // What the ledger will know in 2999 is not known yet: GET .../history refuses that asOf too.
    for (const command of ['replay', 'history'])
      expect(
        await runLedgerCli(
          [command, subject, '--purpose', 'collection', '--as-of', '2999-01-01T00:00:00Z'],
          env,
        ),
      ).toMatchObject({
        code: 2,
        stderr: expect.stringContaining('--as-of must not be more than 5 minutes after'),
      });
    // A master key other than the one that wrapped the ledger's data keys, as the server refuses it at start.
    expect(
      await runLedgerCli(['export', subject, '--out', '-'], { ...env, LEDGER_MASTER_KEY: 'ab'.repeat(32) }),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("the master key does not open this ledger's data keys"),
    });
    // A catalogue file the server would refuse at start is refused here too, though verify does not need it.
    expect(
      await runLedgerCli(['verify'], { ...env, LEDGER_PURPOSES_FILE: join(pristine, 'no-such-file.json') }),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^ledger: LEDGER_PURPOSES_FILE .*cannot be read/),
    });
    expect(await runLedgerCli(['verify'], { LEDGER_DATA_DIR: join(pristine, 'nope') })).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no ledger in'),
    });
  });

  it("traces the changes of one purpose's decision, as GET .../history does, in a table 100 columns wide", async () => {
    const env = { LEDGER_DATA_DIR: pristine };
    const args = ['history', subject, '--purpose', 'collection', '--to', '2026-03-01T00:00:00Z'];
    const json = await runLedgerCli([...args, '--json'], env);
    expect(json.code).toBe(0);
    const answer = JSON.parse(json.stdout);
    expect(answer).toMatchObject({ subjectId: subject, purpose: 'collection', from: null, asOf: null });
    expect(answer.changes.map((change: any) => [change.at, change.permitted, change.causedBy?.type])).toEqual(
      [
        ['2026-01-10T09:00:00.000Z', true, 'BasisEstablished'],
        ['2026-02-01T09:00:00.000Z', false, 'ObjectionFiled'],
        ['2026-02-10T09:00:00.000Z', true, 'ObjectionOverridden'],
      ],
    );
    const table = await runLedgerCli([...args, '--explain', 'nl'], env);
    expect(table.code).toBe(0);
    expect(widestLine(table.stdout)).toBeLessThanOrEqual(100);
    expect(table.stdout).toMatch(
      /│ 2026-02-01T09:00:00.000Z +│ not permitted +│ Verwerking voor incasso is niet +│\n/,
    );
    expect(table.stdout).toMatch(
      /│ ObjectionFiled +│ OBJECTION_PENDING +│ toegestaan: er is op 1 februari 2026 +│\n/,
    );
    expect(table.stdout).toMatch(
      /│ 2026-02-10T09:00:00.000Z +│ permitted +│ legitimate-interests +│\n│ ObjectionOverridden +│/,
    );
    expect(await runLedgerCli(['history', subject], env)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("required option '--purpose <id>'"),
    });
  });

  it('says its version', async () => {
    const { version } = JSON.parse(await readFile(join(__dirname, '../../package.json'), 'utf8'));
    expect(await runLedgerCli(['--version'], {})).toMatchObject({ code: 0, stdout: `${version}\n` });
  });

  it('refuses to export a subject it holds nothing on, or over an existing file, with exit code 1', async () => {
    const env = { LEDGER_DATA_DIR: pristine };
    const empty = join(pristine, 'nobody.json');
    expect(await runLedgerCli(['export', 'nobody', '--out', empty], env)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('holds nothing on nobody'),
    });
    await expect(readFile(empty)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await runLedgerCli(['export', 'nobody', '--out', empty, '--allow-empty'], env)).toMatchObject({
      code: 0,
    });
    expect(JSON.parse(await readFile(empty, 'utf8')).events).toEqual([]);

    const out = join(pristine, 'twice.json');
    expect((await runLedgerCli(['export', subject, '--out', out], env)).code).toBe(0);
    await writeFile(out, 'kept');
    expect(await runLedgerCli(['export', subject, '--out', out], env)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(`${out} exists (--force overwrites it)`),
    });
    expect(await readFile(out, 'utf8')).toBe('kept');
    expect((await runLedgerCli(['export', subject, '--out', out, '--force'], env)).code).toBe(0);
    expect(
      await runLedgerCli(['export', subject, '--out', join(pristine, 'no-such-dir', 'x.json')], env),
    ).toMatchObject({
      code: 3,
      stderr: expect.stringContaining('ENOENT'),
    });
    expect(JSON.parse(await readFile(out, 'utf8')).subjectId).toBe(subject);
  });

  it('exports a subject to a file: the document the API gives', async () => {
    const out = join(pristine, 'export.json');
    const run = await runLedgerCli(['export', subject, '--out', out], { LEDGER_DATA_DIR: pristine });
    expect(run.code).toBe(0);
    const document = JSON.parse(await readFile(out, 'utf8'));
    const withoutTime = ({ exportedAt: _, decisions, ...rest }: any) => ({
      ...rest,
      decisions: decisions.map(({ at: __, ...decision }: any) => decision),
    });
    expect(withoutTime(document)).toEqual(withoutTime(exported));
    expect(document.events[1].data.grounds).toBe('ik betwist de vordering');
  });

  it('rebuilds the read side from the store and tells how fast', async () => {
    const run = await runLedgerCli(['rebuild'], { LEDGER_DATA_DIR: pristine });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^rebuilt the read side: 6 subjects from 9 events up to position 9, in [\d.]+ s \(\d+ events\/s\)\n$/,
    );
  });
});

const postgresSkip = postgresSkipReason();
if (postgresSkip) console.warn(`Skipping the CLI on PostgreSQL: ${postgresSkip}`);

/** The CLI on PostgreSQL opens what a server created there, and never creates a ledger of its own. */
(postgresSkip ? describe.skip : describe)('npx ledger (built CLI, PostgreSQL)', () => {
  const env = (schema: string) => ({
    LEDGER_STORE: 'postgres',
    LEDGER_POSTGRES_URL: POSTGRES_TEST_URL,
    LEDGER_POSTGRES_SCHEMA: schema,
  });
  const schemaExists = async (schema: string) => {
    const client = new Client({ connectionString: POSTGRES_TEST_URL });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      return rows.length > 0;
    } finally {
      await client.end();
    }
  };

  it('refuses a schema that holds no ledger with exit code 2, naming the setting, and creates nothing', async () => {
    const schema = uniqueName('ledger_cli_typo');
    try {
      expect(await runLedgerCli(['verify'], env(schema))).toMatchObject({
        code: 2,
        stdout: '',
        stderr: expect.stringContaining(
          `no ledger in PostgreSQL schema ${schema} (set LEDGER_POSTGRES_SCHEMA`,
        ),
      });
      expect(await schemaExists(schema)).toBe(false);
    } finally {
      await dropSchema(schema);
    }
  });

  it('verifies the ledger a server wrote in its schema', async () => {
    const schema = uniqueName('ledger_cli');
    try {
      const ledger = await LedgerHarness.start({
        store: 'postgres',
        postgresUrl: POSTGRES_TEST_URL,
        postgresSchema: schema,
      });
      await ledger.post('/v1/subjects/debtor-pg-cli/objections', { purposes: ['collection'] });
      await ledger.stop();
      expect(await runLedgerCli(['verify'], env(schema))).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/^verified 2 events in 2 streams, .*: every chain holds\n$/),
      });
    } finally {
      await dropSchema(schema);
    }
  });

  it('says why a server it cannot reach is unavailable, with the exit code of a failure, not of a mistake', async () => {
    const unreachable = { ...env('ledger'), LEDGER_POSTGRES_URL: 'postgres://postgres@127.0.0.1:1/test' };
    expect(await runLedgerCli(['verify'], unreachable)).toMatchObject({
      code: 3,
      stderr: expect.stringMatching(/^ledger: the PostgreSQL event store is unavailable: .*ECONNREFUSED/),
    });
  });
});
