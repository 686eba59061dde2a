import { randomUUID } from 'node:crypto';
import { COLLECTION_CONTRACT, lifting } from '../support/lawful-bodies';
import { RoleName, secretOf } from '../support/ledger-harness';
import { ServerProcess } from '../support/server-process';
import { temporaryDirectories } from '../support/temporary-directories';

/**
 * Crash safety: the built server on a SQLite file, under concurrent mixed writes, is killed with SIGKILL at
 * a random moment, several times. After every restart, every append answered 201 is there, at the revision
 * it was answered with; nothing is there that was not sent; an append whose answer the crash swallowed may
 * or may not be there, but once at most; every stream is gap-free and its hash chain verifies.
 */
const CYCLES = 5;
const WRITERS = 24;
const SUBJECTS = ['crash-a', 'crash-b', 'crash-c', 'crash-d'];

/** Where the free text of each event type carries the request's token. */
const TOKEN_FIELD: Record<string, string> = {
  BasisEstablished: 'evidence',
  BasisWithdrawn: 'note',
  ObjectionFiled: 'grounds',
  ObjectionUpheld: 'motivation',
  RestrictionApplied: 'note',
  RestrictionLifted: 'reason',
};

interface Request {
  token: string;
  subjectId: string;
  path: string;
  role: RoleName;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}
type Outcome =
  | { kind: 'acked'; eventId: string; revision: number }
  | { kind: 'refused'; status: number; code: string }
  /** The connection broke before the answer was read: the append may or may not have happened. */
  | { kind: 'lost' };

/** What the writers know and did: every request sent, with every outcome it had (retries add outcomes). */
class Ledgerbook {
  readonly outcomes = new Map<string, { request: Request; outcomes: Outcome[] }>();
  readonly created = new Map<string, { bases: string[]; objections: string[]; restrictions: string[] }>(
    SUBJECTS.map((id) => [id, { bases: [], objections: [], restrictions: [] }]),
  );
  readonly revision = new Map<string, number>();

  record(request: Request, outcome: Outcome, answer?: Record<string, unknown>): void {
    const entry = this.outcomes.get(request.token) ?? { request, outcomes: [] };
    entry.outcomes.push(outcome);
    this.outcomes.set(request.token, entry);
    if (outcome.kind !== 'acked' || !answer) return;
    const created = this.created.get(request.subjectId)!;
    if (typeof answer.basisId === 'string') created.bases.push(answer.basisId);
    if (typeof answer.objectionId === 'string') created.objections.push(answer.objectionId);
    if (typeof answer.restrictionId === 'string') created.restrictions.push(answer.restrictionId);
    this.revision.set(
      request.subjectId,
      Math.max(this.revision.get(request.subjectId) ?? -1, outcome.revision),
    );
  }

  /** A random command on a random subject, referring to what earlier answers created, sometimes keyed or guarded. */
  next(): Request {
    const subjectId = pick(SUBJECTS);
    const token = `crash-${randomUUID()}`;
    const created = this.created.get(subjectId)!;
    const headers: Record<string, string> = {};
    if (Math.random() < 0.3) headers['idempotency-key'] = token;
    if (Math.random() < 0.1) headers['if-match'] = `"${this.revision.get(subjectId) ?? -1}"`;
    const base = { token, subjectId, headers };
    const roll = Math.random();
    if (roll < 0.15 && created.bases.length > 0) {
      const path = `bases/${pick(created.bases)}/withdrawal`;
      return { ...base, path, role: 'operator', body: { reason: 'other', note: token } };
    }
    if (roll < 0.25 && created.restrictions.length > 0) {
      return {
        ...base,
        path: `restrictions/${pick(created.restrictions)}/lifting`,
        role: 'dpo',
        body: { ...lifting(token) },
      };
    }
    if (roll < 0.3 && created.objections.length > 0) {
      const path = `objections/${pick(created.objections)}/decision`;
      return { ...base, path, role: 'dpo', body: { outcome: 'upheld', motivation: token } };
    }
    if (roll < 0.4)
      return {
        ...base,
        path: 'restrictions',
        role: 'dpo',
        body: { ground: 'accuracy-contested', note: token },
      };
    if (roll < 0.65)
      return {
        ...base,
        path: 'objections',
        role: 'operator',
        body: { purposes: ['collection'], grounds: token },
      };
    return {
      ...base,
      path: 'bases',
      role: 'operator',
      body: { ...COLLECTION_CONTRACT, evidence: token },
    };
  }
}

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)];

async function send(
  baseUrl: string,
  request: Request,
): Promise<{ outcome: Outcome; answer?: Record<string, unknown> }> {
  try {
    const response = await fetch(`${baseUrl}/v1/subjects/${request.subjectId}/${request.path}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${secretOf(request.role)}`,
        'content-type': 'application/json',
        ...request.headers,
      },
      body: JSON.stringify(request.body),
    });
    const answer = (await response.json()) as Record<string, unknown>;
    if (response.status >= 500)
      throw new Error(`answered ${response.status} ${JSON.stringify(answer)} to ${request.path}`);
    if (response.status === 201) {
      return {
        outcome: { kind: 'acked', eventId: String(answer.eventId), revision: Number(answer.revision) },
        answer,
      };
    }
    return { outcome: { kind: 'refused', status: response.status, code: String(answer.code) } };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('answered')) throw error;
    return { outcome: { kind: 'lost' } };
  }
}

interface StoredToken {
  eventId: string;
  subjectId: string;
  revision: number;
}

describe('crash safety: SIGKILL under concurrent writes (built server, SQLite)', () => {
  const temp = temporaryDirectories('crash');
  let dataDir: string;
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    dataDir = await temp.make();
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await temp.removeAll();
  });

  const get = async (path: string) =>
    (
      await fetch(`${server!.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${secretOf('auditor')}` },
      })
    ).json() as Promise<any>;

  /** Every stream read back and verified; the token of each stored event, stored once. */
  async function storedTokens(): Promise<Map<string, StoredToken>> {
    const stored = new Map<string, StoredToken>();
    for (const subjectId of SUBJECTS) {
      const { events } = await get(`/v1/subjects/${subjectId}/events`);
      expect(events.map((event: { revision: number }) => event.revision)).toEqual([...events.keys()]);
      const verification = await get(`/v1/subjects/${subjectId}/verification`);
      expect(verification).toEqual({
        subjectId,
        valid: true,
        eventCount: events.length,
        headHash: events.length > 0 ? events[events.length - 1].hash : null,
      });
      for (const event of events) {
        const token = event.data[TOKEN_FIELD[event.type]];
        if (stored.has(token)) throw new Error(`${token} is stored twice`);
        stored.set(token, { eventId: event.eventId, subjectId, revision: event.revision });
      }
    }
    return stored;
  }

  /** What is stored is exactly what the writers were told, give or take the appends whose answer was lost. */
  function expectAccountedFor(book: Ledgerbook, stored: Map<string, StoredToken>): void {
    for (const token of stored.keys()) {
      if (!book.outcomes.has(token)) throw new Error(`${token} is stored but was never sent`);
    }
    for (const [token, { request, outcomes }] of book.outcomes) {
      const acked = outcomes.filter((outcome) => outcome.kind === 'acked');
      const found = stored.get(token);
      if (acked.length > 0) {
        for (const { eventId, revision } of acked) {
          expect(found).toEqual({ eventId, revision, subjectId: request.subjectId });
        }
      } else if (!outcomes.some((outcome) => outcome.kind === 'lost') && found) {
        throw new Error(`${token} was refused ${JSON.stringify(outcomes)} but is stored`);
      }
    }
  }

  it(`keeps every acknowledged append and nothing unsent through ${CYCLES} kills`, async () => {
    const book = new Ledgerbook();
    const env = { LEDGER_DATA_DIR: dataDir };
    server = await ServerProcess.start(env);
    let lostAtKill = 0;
    for (let cycle = 1; cycle <= CYCLES; cycle++) {
      const running = server;
      let inFlight = 0;
      const writer = async () => {
        for (;;) {
          const request = book.next();
          inFlight++;
          const { outcome, answer } = await send(running.baseUrl, request);
          inFlight--;
          book.record(request, outcome, answer);
          if (outcome.kind === 'lost') return;
        }
      };
      const writers = Array.from({ length: WRITERS }, writer);
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.random() * 1500));
      lostAtKill += inFlight;
      await running.kill('SIGKILL');
      await Promise.all(writers);

      server = await ServerProcess.start(env);
      expectAccountedFor(book, await storedTokens());

      // A keyed request whose answer was lost is retried, as a client would: once stored, it answers as first.
      const stored = await storedTokens();
      for (const { request, outcomes } of book.outcomes.values()) {
        if (!request.headers['idempotency-key'] || outcomes.some((outcome) => outcome.kind !== 'lost'))
          continue;
        const { outcome, answer } = await send(server.baseUrl, request);
        const before = stored.get(request.token);
        if (before)
          expect(outcome).toEqual({ kind: 'acked', eventId: before.eventId, revision: before.revision });
        book.record(request, outcome, answer);
      }
      expectAccountedFor(book, await storedTokens());
    }
    const acked = [...book.outcomes.values()].filter(({ outcomes }) =>
      outcomes.some((o) => o.kind === 'acked'),
    );
    // The kills really hit a server at work.
    expect(acked.length).toBeGreaterThan(CYCLES * WRITERS);
    expect(lostAtKill).toBeGreaterThan(0);
  }, 120_000);
});
