import { ChangeMessage } from '@basis-ledger/client';
import { Problem } from '@ledger/wire';
import { clientFor, collectChanges } from '../support/ledger-clients';
import { LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';

/** The default cap of `LEDGER_MAX_STREAMS_PER_KEY`, as README and the contract give it. */
const STREAMS_PER_KEY = 100;

/** A change stream opened over HTTP, or the problem refusing it; `close()` drops its connection. */
async function openStream(
  baseUrl: string,
  role: RoleName,
  options: { query?: string; headers?: Record<string, string> } = {},
) {
  const connection = new AbortController();
  const response = await fetch(`${baseUrl}/v1/changes${options.query ?? ''}`, {
    headers: { authorization: `Bearer ${secretOf(role)}`, ...options.headers },
    signal: connection.signal,
  });
  const problem = response.status === 200 ? undefined : ((await response.json()) as Problem);
  return { response, problem, close: () => connection.abort() };
}

describe('the change stream refuses what it cannot serve (SQLite)', () => {
  let ledger: LedgerHarness;
  let head: string;

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    head = (await ledger.get('/health/ready', null)).body.position;
  });
  afterAll(() => ledger.stop());

  it('refuses a position beyond the head, naming the head, and the client starts again there', async () => {
    const beyond = String(BigInt(head) + 1n);
    const overInt64 = String(2n ** 63n + 1n);
    for (const from of [beyond, overInt64]) {
      const { response, problem, close } = await openStream(ledger.baseUrl, 'auditor', {
        query: `?from=${from}`,
      });
      close();
      expect(response.status).toBe(409);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(problem).toMatchObject({ code: 'POSITION_BEYOND_HEAD', headPosition: head });
    }
    const resumed = await openStream(ledger.baseUrl, 'system', { headers: { 'last-event-id': beyond } });
    resumed.close();
    expect([resumed.response.status, resumed.problem?.headPosition]).toEqual([409, head]);

    // A checkpoint from before a restore: the client asks from there, is told the head, and goes on from it.
    const changes = collectChanges(clientFor(ledger.baseUrl, 'system'), { from: overInt64 }, () => true);
    const written = await ledger.post('/v1/subjects/after-the-head/bases', {
      purpose: 'collection',
      legalBasis: 'contract',
      evidence: 'claim 2026-0042',
    });
    const [first] = await changes;
    expect(first).toMatchObject<Partial<ChangeMessage>>({
      position: written.body.position,
      subjectId: 'after-the-head',
    });
  });

  it(`gives one key ${STREAMS_PER_KEY} open streams and refuses the next with 429 until one closes`, async () => {
    const streams = await Promise.all(
      Array.from({ length: STREAMS_PER_KEY }, () => openStream(ledger.baseUrl, 'system')),
    );
    try {
      expect(streams.filter((stream) => stream.response.status !== 200)).toEqual([]);
      const refused = await openStream(ledger.baseUrl, 'system');
      expect(refused.response.status).toBe(429);
      expect(Number(refused.response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(refused.problem).toMatchObject({ status: 429, code: 'TOO_MANY_STREAMS' });

      // Another key is not held back by this one.
      const auditor = await openStream(ledger.baseUrl, 'auditor');
      expect(auditor.response.status).toBe(200);
      auditor.close();

      streams.pop()!.close();
      let reopened = await openStream(ledger.baseUrl, 'system');
      // The server learns of the closed connection a moment after the client drops it.
      for (let i = 0; i < 50 && reopened.response.status === 429; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        reopened = await openStream(ledger.baseUrl, 'system');
      }
      expect(reopened.response.status).toBe(200);
      streams.push(reopened);
    } finally {
      for (const stream of streams) stream.close();
    }
  });
});
