import { runLedgerCli } from '../support/ledger-cli';
import { describeOnEachRawStore, RawStore, RawStoreKind } from '../support/raw-stores';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

interface Tamper {
  /** What was changed, as the subject's name says. */
  name: string;
  /** The change to revision 1 of the subject's stream, or `undefined` where the store's types forbid it. */
  sql: (kind: RawStoreKind, row: string) => string | undefined;
}

/** `row` selects revision 1 of the tampered subject's stream. */
const TAMPERS: Tamper[] = [
  { name: 'data', sql: (_, row) => `UPDATE events SET data = '{"purpose":"forged"}' WHERE ${row}` },
  {
    name: 'actor',
    sql: (_, row) => `UPDATE events SET actor = '{"name":"forger","role":"dpo"}' WHERE ${row}`,
  },
  { name: 'type', sql: (_, row) => `UPDATE events SET type = 'BasisWithdrawn' WHERE ${row}` },
  {
    name: 'occurred',
    sql: (_, row) => `UPDATE events SET occurred_at = '2020-01-01T00:00:00.000Z' WHERE ${row}`,
  },
  {
    name: 'recorded',
    sql: (_, row) => `UPDATE events SET recorded_at = '2020-01-01T00:00:00.000Z' WHERE ${row}`,
  },
  { name: 'event-id', sql: (_, row) => `UPDATE events SET event_id = 'forged-event-id' WHERE ${row}` },
  { name: 'hash', sql: (_, row) => `UPDATE events SET hash = '${'f'.repeat(64)}' WHERE ${row}` },
  { name: 'prev-hash', sql: (_, row) => `UPDATE events SET prev_hash = '${'e'.repeat(64)}' WHERE ${row}` },
  { name: 'revision', sql: (_, row) => `UPDATE events SET revision = 7 WHERE ${row}` },
  { name: 'stream', sql: (_, row) => `UPDATE events SET stream_id = 'tampered-elsewhere' WHERE ${row}` },
  {
    name: 'position',
    sql: (kind, row) =>
      kind.dialect === 'sqlite'
        ? `UPDATE events SET position = (SELECT max(position) FROM events) + 1000 WHERE ${row}`
        : `UPDATE events SET position = ((SELECT max(position::text::bigint) FROM events) + 1)::text::xid8
           WHERE ${row}`,
  },
  // PostgreSQL's json column refuses text that is not JSON, and its integer column text.
  {
    name: 'unparseable-data',
    sql: (kind, row) =>
      kind.dialect === 'sqlite' ? `UPDATE events SET data = '{"purpose":' WHERE ${row}` : undefined,
  },
  {
    name: 'unparseable-actor',
    sql: (kind, row) =>
      kind.dialect === 'sqlite' ? `UPDATE events SET actor = 'nobody' WHERE ${row}` : undefined,
  },
  {
    name: 'text-revision',
    sql: (kind, row) =>
      kind.dialect === 'sqlite' ? `UPDATE events SET revision = 'one' WHERE ${row}` : undefined,
  },
];

const UNTOUCHED = 'tampered-none';
/** What each subject records: three events. */
const RECORDED: [string, object][] = [
  ['bases', { purpose: 'collection', legalBasis: 'legitimate-interests', evidence: 'claim 2026-0042' }],
  ['bases', { purpose: 'payouts', legalBasis: 'contract', evidence: 'payout order 7' }],
  ['objections', { purposes: ['collection'] }],
];

/**
 * Tampering and corruption are what verification is for: a log whose rows were changed behind the ledger's
 * back, one column per subject, is verified by `npx ledger verify` and `GET /v1/verification`, which name
 * every changed row (by its position) and nothing else, with exit code 1, rather than failing.
 */
describeOnEachRawStore('verifying a tampered log', (kind) => {
  const temp = temporaryDirectories('tampered');
  let dataDir: string;
  let env: Record<string, string>;
  let raw: RawStore;
  let remove: (() => Promise<void>) | undefined;
  /** Per tampered subject, the position of the row changed (after the change, for a moved row). */
  const tampered = new Map<string, string>();
  const tampers = TAMPERS.filter((tamper) => tamper.sql(kind, '') !== undefined);
  /** Three events per subject, the catalogue's adoption, and no more: the log as the ledger wrote it. */
  const everyEvent = (tampers.length + 1) * RECORDED.length + 1;

  beforeAll(async () => {
    dataDir = await temp.make();
    ({ env, raw, remove } = await kind.create(dataDir));
    const server = await ServerProcess.start(env);
    try {
      for (const subject of [UNTOUCHED, ...tampers.map((tamper) => `tampered-${tamper.name}`)]) {
        for (const [route, body] of RECORDED) {
          expect((await server.post(`/v1/subjects/${subject}/${route}`, body)).status).toBe(201);
        }
      }
    } finally {
      await server.kill();
    }
    for (const tamper of tampers) {
      const subject = `tampered-${tamper.name}`;
      const position = await raw.positionOf(subject, 1);
      await raw.tamper(tamper.sql(kind, `CAST(position AS TEXT) = '${position}'`)!);
      tampered.set(subject, tamper.name === 'position' ? await moved(raw, subject, position) : position);
    }
  }, 120_000);
  afterAll(async () => {
    await remove?.();
    await temp.removeAll();
  });

  /** The verification of the whole log, once it reads every event (PostgreSQL's reads wait for open transactions). */
  async function verification(read: () => Promise<any>): Promise<any> {
    let result = await read();
    for (let i = 0; i < 100 && result.events < everyEvent; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      result = await read();
    }
    return result;
  }
  const expectEveryTamperedRowNamed = (result: any) => {
    expect(result).toMatchObject({ valid: false, events: everyEvent });
    const named = new Set(result.breaks.map((found: any) => found.position));
    for (const [subject, position] of tampered)
      expect([subject, named.has(position)]).toEqual([subject, true]);
    const wronged = result.breaks.map((found: any) => found.subjectId);
    expect(wronged).not.toContain(UNTOUCHED);
  };

  it('npx ledger verify names every tampered row, whatever was changed in it, with exit code 1', async () => {
    const result = await verification(async () => {
      const run = await runLedgerCli(['verify', '--json'], env);
      expect(run.code).toBe(1);
      return JSON.parse(run.stdout);
    });
    expectEveryTamperedRowNamed(result);
    const text = await runLedgerCli(['verify'], env);
    expect(text.code).toBe(1);
    for (const position of tampered.values()) expect(text.stdout).toContain(`(position ${position})`);
    if (kind.dialect === 'sqlite') {
      expect(result.breaks).toContainEqual({
        subjectId: 'tampered-unparseable-data',
        revision: 1,
        position: tampered.get('tampered-unparseable-data'),
        problem: 'unreadable',
        detail: 'its data is not valid JSON',
      });
      expect(text.stdout).toContain('subject tampered-text-revision revision ? (position');
    }
  }, 60_000);

  it('GET /v1/verification reports the same breaks rather than failing', async () => {
    // A server cannot apply the log beyond a row it cannot read: it is never ready, but it answers this.
    const server = await ServerProcess.startListening(env);
    try {
      const result = await verification(async () => {
        const answer = await server.get('/v1/verification', 'auditor');
        expect(answer.status).toBe(200);
        return answer.body;
      });
      expectEveryTamperedRowNamed(result);
      const cli = JSON.parse((await runLedgerCli(['verify', '--json'], env)).stdout);
      expect(result.breakCount).toBe(cli.breakCount);
      if (kind.dialect === 'sqlite') {
        // The subject's own verification reports the row it cannot read, rather than failing.
        const subject = 'tampered-unparseable-data';
        const own = await server.get(`/v1/subjects/${subject}/verification`, 'auditor');
        expect({ status: own.status, body: own.body }).toEqual({
          status: 200,
          body: {
            subjectId: subject,
            valid: false,
            eventCount: 1,
            headHash: null,
            unreadable: {
              position: tampered.get(subject),
              revision: 1,
              detail: 'its data is not valid JSON',
            },
          },
        });
      }
    } finally {
      await server.kill();
    }
  }, 60_000);
});

/** Where the moved row of `subject` is now. */
async function moved(raw: RawStore, subject: string, was: string): Promise<string> {
  const now = await raw.positionOf(subject, 1);
  if (now === was) throw new Error(`the row of ${subject} did not move`);
  return now;
}
