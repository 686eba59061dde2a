import { randomUUID } from 'node:crypto';
import { COLLECTION_CONTRACT } from '../support/lawful-bodies';
import { Answer, LedgerHarness, RoleName } from '../support/ledger-harness';

/**
 * Many writers at once, on one subject and on many, with and without `If-Match` and `Idempotency-Key`:
 * no event is lost or stored twice, one request wins each expected revision, and a retry gets the first
 * answer, even when it arrives while the first is still being written.
 */
describe('concurrent writers (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
  });
  afterAll(() => ledger.stop());

  /** A command that any subject accepts at any time, marked with `token` in its free text. */
  const commands: ((token: string) => { path: string; body: object; role: RoleName })[] = [
    (token) => ({
      path: 'bases',
      body: { ...COLLECTION_CONTRACT, evidence: token },
      role: 'operator',
    }),
    (token) => ({ path: 'objections', body: { purposes: ['collection'], grounds: token }, role: 'operator' }),
    (token) => ({ path: 'restrictions', body: { ground: 'accuracy-contested', note: token }, role: 'dpo' }),
  ];
  const TOKEN_FIELDS = ['evidence', 'grounds', 'note'];

  function write(subjectId: string, n: number, headers?: Record<string, string>) {
    const token = `t-${randomUUID()}`;
    const { path, body, role } = commands[n % commands.length](token);
    return ledger
      .post(`/v1/subjects/${subjectId}/${path}`, body, role, headers)
      .then((answer) => ({ token, answer }));
  }

  async function streamOf(subjectId: string) {
    const { body } = await ledger.get(`/v1/subjects/${subjectId}/events`, 'auditor');
    const verification = (await ledger.get(`/v1/subjects/${subjectId}/verification`, 'auditor')).body;
    expect(verification).toMatchObject({ valid: true, eventCount: body.events.length });
    expect(body.events.map((event: { revision: number }) => event.revision)).toEqual([...body.events.keys()]);
    return body.events as {
      eventId: string;
      revision: number;
      position: string;
      data: Record<string, unknown>;
    }[];
  }
  const tokenOf = (event: { data: Record<string, unknown> }) =>
    TOKEN_FIELDS.map((field) => event.data[field]).find((value) => typeof value === 'string');

  it('stores every write of many writers on many subjects exactly once, each stream gap-free', async () => {
    const subjects = Array.from({ length: 12 }, (_, i) => `many-${i}`);
    const writes = await Promise.all(
      subjects.flatMap((id) => Array.from({ length: 12 }, (_, n) => write(id, n))),
    );

    expect(writes.map(({ answer }) => answer.status)).toEqual(Array(writes.length).fill(201));
    const positions = new Set<string>();
    for (const subjectId of subjects) {
      const events = await streamOf(subjectId);
      const mine = writes.filter(({ answer }) => answer.body.subjectId === subjectId);
      expect(events).toHaveLength(mine.length);
      for (const { token, answer } of mine) {
        const event = events[answer.body.revision];
        expect({ eventId: event.eventId, token: tokenOf(event) }).toEqual({
          eventId: answer.body.eventId,
          token,
        });
      }
      for (const event of events) positions.add(event.position);
    }
    expect(positions.size).toBe(writes.length);
  });

  it.each([
    ['a subject at revision 2', 3, '"2"'],
    ['a subject that must not exist yet', 0, '"-1"'],
  ])('lets exactly one of 24 writers with the same If-Match win on %s', async (_, existing, ifMatch) => {
    const subjectId = `match-${randomUUID()}`;
    for (let n = 0; n < existing; n++) expect((await write(subjectId, n)).answer.status).toBe(201);

    const writes = await Promise.all(
      Array.from({ length: 24 }, (_, n) => write(subjectId, n, { 'if-match': ifMatch })),
    );

    const winners = writes.filter(({ answer }) => answer.status === 201);
    expect(winners).toHaveLength(1);
    expect(winners[0].answer.body.revision).toBe(existing);
    for (const { answer } of writes.filter((write) => write !== winners[0])) {
      expect(answer.status).toBe(409);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body.code).toBe('WRONG_EXPECTED_REVISION');
    }
    const events = await streamOf(subjectId);
    expect(events).toHaveLength(existing + 1);
    expect(tokenOf(events[existing])).toBe(winners[0].token);
  });

  /** `copies` requests sent at once, all with the same key and body. */
  async function sameKeyAtOnce(
    path: string,
    body: object,
    copies: number,
    headers: Record<string, string> = {},
  ) {
    const key = randomUUID();
    return Promise.all(
      Array.from({ length: copies }, () =>
        ledger.post(path, body, 'dpo', { 'idempotency-key': key, ...headers }),
      ),
    );
  }
  const expectOneAnswer = (answers: Answer[]) => {
    expect(answers.map((answer) => answer.status)).toEqual(Array(answers.length).fill(201));
    for (const answer of answers) expect(answer.body).toEqual(answers[0].body);
  };

  it('answers 20 copies of a keyed request sent at once with the first answer, and appends once', async () => {
    const subjectId = `key-${randomUUID()}`;
    const body = { purposes: ['collection'], grounds: 'sent twenty times' };
    const answers = await sameKeyAtOnce(`/v1/subjects/${subjectId}/objections`, body, 20);

    expectOneAnswer(answers);
    expect(await streamOf(subjectId)).toHaveLength(1);
  });

  it('gives keyed copies the first answer even where the first made them wrong: a used If-Match, a done withdrawal', async () => {
    const subjectId = `key-${randomUUID()}`;
    const established = await sameKeyAtOnce(`/v1/subjects/${subjectId}/bases`, COLLECTION_CONTRACT, 12, {
      'if-match': '"-1"',
    });
    expectOneAnswer(established);

    const withdrawal = `/v1/subjects/${subjectId}/bases/${established[0].body.basisId}/withdrawal`;
    const withdrawn = await sameKeyAtOnce(withdrawal, { reason: 'contract-ended' }, 12);
    expectOneAnswer(withdrawn);
    expect(withdrawn[0].body).toMatchObject({ type: 'BasisWithdrawn', revision: 1 });
    expect(await streamOf(subjectId)).toHaveLength(2);
  });

  it('lets one of several bodies sent at once under one key win, refuses the others 422, and stores the winner', async () => {
    const subjectId = `key-${randomUUID()}`;
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        ledger.post(
          `/v1/subjects/${subjectId}/objections`,
          { purposes: ['collection'], grounds: `body ${n}` },
          'dpo',
          {
            'idempotency-key': key,
          },
        ),
      ),
    );

    const winners = answers.filter((answer) => answer.status === 201);
    expect(winners).toHaveLength(1);
    for (const loser of answers.filter((answer) => answer.status !== 201)) {
      expect(loser.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    const events = await streamOf(subjectId);
    expect(events.map((event) => event.eventId)).toEqual([winners[0].body.eventId]);
  });

  it('keeps every promise at once under a mixed load of keys, If-Match, retries and plain writes', async () => {
    const subjects = ['mix-a', 'mix-b', 'mix-c'];
    // Sixty requests; every other one keyed, some of those sent three times at once, every fifth with an If-Match.
    const requests = Array.from({ length: 60 }, (_, i) => {
      const { path, body, role } = commands[i % commands.length](`mix-${i}`);
      const headers: Record<string, string> = {};
      if (i % 2 === 0) headers['idempotency-key'] = `mix-${i}`;
      if (i % 5 === 0) headers['if-match'] = `"${i % 4}"`;
      const copies = i % 4 === 0 ? 3 : 1;
      return {
        i,
        token: `mix-${i}`,
        path: `/v1/subjects/${subjects[i % 3]}/${path}`,
        body,
        role,
        headers,
        copies,
      };
    });
    const sent = requests.flatMap((request) => Array(request.copies).fill(request) as (typeof request)[]);
    const answers = await Promise.all(
      sent.map(({ path, body, role, headers }) => ledger.post(path, body, role, headers)),
    );

    const eventIdOf = new Map<number, string>();
    answers.forEach((answer, n) => {
      const request = sent[n];
      if (answer.status !== 201) {
        expect({ i: request.i, code: answer.body.code }).toEqual({
          i: request.i,
          code: 'WRONG_EXPECTED_REVISION',
        });
        expect(request.headers['if-match']).toBeDefined();
        return;
      }
      // Copies under one key share one answer.
      expect(answer.body.eventId).toBe(eventIdOf.get(request.i) ?? answer.body.eventId);
      eventIdOf.set(request.i, answer.body.eventId);
    });
    for (const request of requests.filter((request) => !request.headers['if-match'])) {
      expect(eventIdOf.has(request.i)).toBe(true);
    }
    const stored = (await Promise.all(subjects.map(streamOf))).flat();
    expect(stored.map((event) => tokenOf(event)).sort()).toEqual(
      [...eventIdOf.keys()].map((i) => `mix-${i}`).sort(),
    );
    for (const event of stored) expect(event.eventId).toBe(eventIdOf.get(Number(tokenOf(event)!.slice(4))));
  });
});
