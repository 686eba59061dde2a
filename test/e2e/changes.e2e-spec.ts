import { ChangeMessage, CommandAnswer, LedgerClient, LedgerError } from '@basis-ledger/client';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { clientFor, collectChanges } from '../support/ledger-clients';
import { LoopbackProxy } from '../support/loopback-proxy';

const PAST = '2026-01-05T09:00:00.000Z';
const positionsOf = (messages: { position: string }[]) => messages.map((message) => message.position);
const subject = (subjectId: string) => (message: ChangeMessage) => message.subjectId === subjectId;

describe('the change stream (GET /v1/changes, SQLite)', () => {
  let ledger: LedgerHarness;
  let dpo: LedgerClient;
  let system: LedgerClient;
  /** Every position this suite's ledger has appended, in order. */
  const written: string[] = [];
  let n = 0;

  const recorded = <T extends CommandAnswer>(answer: T): T => {
    written.push(answer.position);
    return answer;
  };
  const establish = async (subjectId = `stream-${++n}`, purpose = 'collection') =>
    recorded(
      await dpo.establishBasis(subjectId, {
        purpose,
        legalBasis: 'legitimate-interests',
        evidence: 'balancing test BT-7',
      }),
    );

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ changesHeartbeatMs: 200 });
    dpo = clientFor(ledger.baseUrl, 'dpo');
    system = clientFor(ledger.baseUrl, 'system');
    // The server appended its catalogue's adoption (contract section 2) before any event of this suite.
    const { versions } = (await ledger.get('/v1/catalogue/versions')).body;
    written.push(...versions.map((version: { position: string }) => version.position));
  });
  afterAll(() => ledger.stop());

  it('sends a message per event with the decisions it changed, the same live as in catch-up', async () => {
    const start = (await ledger.get('/health/ready', null)).body.position as string;
    let delivered = 0;
    const live = collectChanges(system, { from: start }, (_, count) => (delivered = count) === 4);
    const basis = await establish('stream-script', 'credit-check-sharing');
    // Once the first message is in, the stream is at the tail: what follows is delivered live.
    await until(() => delivered === 1);
    const objection = recorded(
      await dpo.fileObjection('stream-script', {
        purposes: ['credit-check-sharing', 'payouts'],
        occurredAt: PAST,
      }),
    );
    const overridden = recorded(
      await dpo.decideObjection('stream-script', objection.objectionId, {
        outcome: 'overridden',
        motivation: 'compelling grounds',
      }),
    );
    const erased = recorded(await dpo.completeErasure('stream-script', {}));
    const answers = [basis, objection, overridden, erased];
    const liveMessages = await live;
    const caughtUp = await collectChanges(system, { from: start }, (_, count) => count === 4);

    expect(liveMessages).toEqual(caughtUp);
    expect(caughtUp.map(({ position, eventId, type }) => ({ position, eventId, type }))).toEqual(
      answers.map(({ position, eventId, type }) => ({ position, eventId, type })),
    );
    expect(caughtUp[0]).toEqual({
      position: basis.position,
      subjectId: 'stream-script',
      eventId: basis.eventId,
      type: 'BasisEstablished',
      at: expect.any(String),
      changes: [
        {
          purpose: 'credit-check-sharing',
          permitted: true,
          reasons: [expect.objectContaining({ code: 'BASIS_ACTIVE', eventId: basis.eventId })],
          basis: expect.objectContaining({ basisId: basis.basisId, legalBasis: 'legitimate-interests' }),
        },
      ],
    });
    // payouts takes no objection: only the purpose the objection blocks changes.
    expect(caughtUp[1].changes.map((c) => [c.purpose, c.reasons[0].code])).toEqual([
      ['credit-check-sharing', 'OBJECTION_PENDING'],
    ]);
    expect(caughtUp[2].changes[0].reasons.map((r) => r.code)).toEqual([
      'BASIS_ACTIVE',
      'OBJECTION_OVERRIDDEN',
    ]);
    expect(caughtUp[3].changes).toHaveLength(14);
    expect(caughtUp[3].changes.every((c) => !c.permitted && c.reasons[0].code === 'ERASED')).toBe(true);
  });

  it('without from, starts at the live tail', async () => {
    const before = await establish();
    const first = collectChanges(system, {}, () => true);
    let settled = false;
    void first.then(() => (settled = true));
    // Nothing tells when the stream is open: write until its first message arrives.
    for (let i = 0; i < 500 && !settled; i++) await establish();
    const [message] = await first;
    expect(BigInt(message.position)).toBeGreaterThan(BigInt(before.position));
  });

  it('resumes from an old position across pages while events keep coming, without gaps or duplicates', async () => {
    for (let i = 0; i < 25; i++) await Promise.all(Array.from({ length: 10 }, () => establish()));
    // The consumer starts while the writer is busy, so it reaches the tail while events keep coming.
    const messages = collectChanges(system, { from: '0' }, subject('sentinel-pages'), 40_000);
    for (let i = 0; i < 60; i++) await establish();
    await establish('sentinel-pages');
    const received = await messages;
    expect(positionsOf(received)).toEqual(written);
    // An adoption has a message too, naming no decision: it may change any subject's, so consumers re-check.
    expect(received[0]).toMatchObject({
      subjectId: 'ledger/catalogue',
      type: 'CatalogueAdopted',
      changes: [],
    });
  });

  it('resumes after the connection drops, with the last id it received', async () => {
    const proxy = await LoopbackProxy.start(ledger.baseUrl);
    try {
      const from = written[written.length - 1];
      const expected: string[] = [];
      for (let i = 0; i < 10; i++) expected.push((await establish()).position);
      let received = 0;
      const messages = collectChanges(
        clientFor(proxy.baseUrl, 'auditor'),
        { from },
        (message, count) => ((received = count), subject('sentinel-drop')(message)),
      );
      await until(() => received === 10);
      proxy.cut();
      for (let i = 0; i < 10; i++) expected.push((await establish()).position);
      expected.push((await establish('sentinel-drop')).position);
      expect(positionsOf(await messages)).toEqual(expected);
      expect(proxy.connections).toBeGreaterThanOrEqual(2);
    } finally {
      await proxy.stop();
    }
  });

  it('started at the live tail, resumes from there after a drop that came before any message', async () => {
    const proxy = await LoopbackProxy.start(ledger.baseUrl);
    try {
      const messages = collectChanges(clientFor(proxy.baseUrl, 'system'), {}, subject('sentinel-tail'));
      // The stream has said where it starts; then the connection drops, and events come before it is back.
      await until(() => proxy.forwarded.includes('event: position'));
      proxy.cut();
      const expected = [(await establish()).position, (await establish('sentinel-tail')).position];
      expect(positionsOf(await messages)).toEqual(expected);
    } finally {
      await proxy.stop();
    }
  });

  it('keeps an idle connection open with heartbeat comments', async () => {
    const stop = new AbortController();
    const response = await fetch(`${ledger.baseUrl}/v1/changes`, {
      headers: { authorization: `Bearer ${secretOf('system')}` },
      signal: stop.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    while ((text.match(/^: heartbeat$/gm) ?? []).length < 2) {
      text += decoder.decode((await reader.read()).value, { stream: true });
    }
    stop.abort();
    // How long to wait before reconnecting and where the stream starts, then only heartbeats: nothing was
    // appended meanwhile.
    expect(text).toMatch(/^retry: 3000\nevent: position\nid: (\d+)\ndata: \{"position":"\1"\}\n\n/);
    expect(text.match(/^data:/gm)).toHaveLength(1);
  });

  it('is open to system, auditor and dpo keys only, and refuses a malformed Last-Event-ID', async () => {
    const status = async (headers: Record<string, string>) => {
      const stop = new AbortController();
      const response = await fetch(`${ledger.baseUrl}/v1/changes`, { headers, signal: stop.signal });
      const body = response.status === 200 ? undefined : ((await response.json()) as { code: string });
      stop.abort();
      return { status: response.status, code: body?.code };
    };
    const bearer = (role: 'system' | 'auditor' | 'dpo' | 'operator') => `Bearer ${secretOf(role)}`;
    for (const role of ['system', 'auditor', 'dpo'] as const) {
      expect(await status({ authorization: bearer(role) })).toEqual({ status: 200, code: undefined });
    }
    expect(await status({ authorization: bearer('operator') })).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await status({})).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await status({ authorization: bearer('system'), 'last-event-id': 'abc' })).toEqual({
      status: 400,
      code: 'VALIDATION_FAILED',
    });
    const refused = collectChanges(clientFor(ledger.baseUrl, 'operator'), {}, () => true);
    await expect(refused).rejects.toBeInstanceOf(LedgerError);
    await expect(refused).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});

describe('the change stream when the server shuts down', () => {
  it('ends open streams, so the server can close', async () => {
    const ledger = await LedgerHarness.start();
    const response = await fetch(`${ledger.baseUrl}/v1/changes?from=0`, {
      headers: { authorization: `Bearer ${secretOf('system')}` },
    });
    const reader = response.body!.getReader();
    await ledger.stop();
    let done = false;
    while (!done) done = (await reader.read()).done;
    expect(done).toBe(true);
  });
});

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
