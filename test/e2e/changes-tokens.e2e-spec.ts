import { ChangesToken, Problem } from '@ledger/wire';
import { clientFor } from '../support/ledger-clients';
import { FixedClock, LedgerHarness, RoleName, secretOf } from '../support/ledger-harness';

const LIFETIME_MS = 60_000;

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** The base64url character that differs from `c` in its lowest bit, which ends a 32-byte value unread. */
const spareBitFlipped = (c: string) => BASE64URL[BASE64URL.indexOf(c) ^ 1];

/**
 * A change stream opened over HTTP the way a browser's `EventSource` opens it: no `Authorization` header, the
 * token in the URL. `text()` reads what has arrived until `until` holds; `close()` drops the connection.
 */
async function openWithToken(baseUrl: string, query: string, headers: Record<string, string> = {}) {
  const connection = new AbortController();
  const response = await fetch(`${baseUrl}/v1/changes?${query}`, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: connection.signal,
  });
  const problem = response.status === 200 ? undefined : ((await response.json()) as Problem);
  const reader = response.status === 200 ? response.body!.getReader() : undefined;
  const decoder = new TextDecoder();
  let text = '';
  return {
    response,
    problem,
    async text(until: (text: string) => boolean): Promise<string> {
      while (!until(text)) text += decoder.decode((await reader!.read()).value, { stream: true });
      return text;
    },
    close: () => connection.abort(),
  };
}

/**
 * `POST /v1/changes/tokens` and `GET /v1/changes?token=`: the change stream for clients that cannot send a
 * header. The ledger's clock is the test's, so a token's minute passes at once.
 */
describe('change-stream tokens (HTTP, SQLite)', () => {
  let ledger: LedgerHarness;
  const clock = new FixedClock(new Date().toISOString());
  const later = (ms: number) => new Date(Date.parse(clock.current) + ms).toISOString();
  const issue = async (role: RoleName = 'system') => {
    const answer = await ledger.request<ChangesToken>('POST', '/v1/changes/tokens', { role });
    expect(answer.status).toBe(201);
    return answer.body;
  };

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ maxStreamsPerKey: 2 }, clock);
  });
  afterAll(() => ledger.stop());

  it('issues a token for a minute to the keys that may read the stream, and to no other', async () => {
    for (const role of ['system', 'auditor', 'dpo'] as const) {
      const { token, expiresAt } = await issue(role);
      expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
      expect(expiresAt).toBe(later(LIFETIME_MS));
    }
    const refused = await ledger.request('POST', '/v1/changes/tokens', { role: 'operator' });
    expect([refused.status, refused.body.code]).toEqual([403, 'FORBIDDEN']);
    const anonymous = await ledger.request('POST', '/v1/changes/tokens', { role: null });
    expect([anonymous.status, anonymous.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    // The typed client asks for one too.
    await expect(clientFor(ledger.baseUrl, 'auditor').changesToken()).resolves.toMatchObject({
      expiresAt: later(LIFETIME_MS),
    });
  });

  it('takes no body: an empty one is nothing, a field is refused, and a body that is not JSON is 415', async () => {
    const sent = (body: { body?: unknown; rawBody?: string; headers?: Record<string, string> }) =>
      ledger.request('POST', '/v1/changes/tokens', { role: 'auditor', ...body });
    expect((await sent({ body: {} })).status).toBe(201);
    const field = await sent({ body: { lifetime: 3600 } });
    expect([field.status, field.body.fields]).toEqual([
      400,
      [{ field: 'lifetime', message: 'property lifetime should not exist' }],
    ]);
    const text = await sent({ rawBody: 'please', headers: { 'content-type': 'text/plain' } });
    expect([text.status, text.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('opens the stream without a header, sends retry: first, and follows the changes', async () => {
    // Each test streams with a key of its own: a closed stream's place under the cap is given back a moment later.
    const { token } = await issue('dpo');
    const stream = await openWithToken(ledger.baseUrl, `token=${token}`);
    try {
      expect(stream.response.status).toBe(200);
      expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      // Like every answer: its request id, the security headers, and nothing for a cache to keep.
      expect(stream.response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(stream.response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(stream.response.headers.get('cache-control')).toBe('no-store');
      const opening = await stream.text((text) => text.includes('\n\n'));
      expect(opening).toMatch(/^retry: 3000\nevent: position\nid: \d+\n/);
      const basis = await ledger.post('/v1/subjects/token-follower/bases', {
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 2026-0042',
      });
      const text = await stream.text((text) => text.includes('token-follower'));
      expect(text).toContain(`id: ${basis.body.position}\ndata: {"position":"${basis.body.position}"`);
    } finally {
      stream.close();
    }
  });

  it('opens no stream once expired, while a stream opened before stays open', async () => {
    const { token } = await issue();
    const opened = await openWithToken(ledger.baseUrl, `token=${token}`);
    try {
      await opened.text((text) => text.includes('event: position'));
      clock.current = later(LIFETIME_MS - 1);
      const lastMoment = await openWithToken(ledger.baseUrl, `token=${token}`);
      lastMoment.close();
      expect(lastMoment.response.status).toBe(200);
      clock.current = later(1);
      const expired = await openWithToken(ledger.baseUrl, `token=${token}`);
      expect(expired.response.status).toBe(401);
      expect(expired.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(expired.problem).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
      // What the opened stream already holds goes on: the token admitted it, and its key is still in force.
      await ledger.post('/v1/subjects/after-expiry/bases', {
        purpose: 'collection',
        legalBasis: 'contract',
        evidence: 'claim 2026-0043',
      });
      await expect(opened.text((text) => text.includes('after-expiry'))).resolves.toContain('after-expiry');
    } finally {
      opened.close();
    }
  });

  it('refuses a tampered, truncated or repeated token with 401 UNAUTHENTICATED', async () => {
    const { token } = await issue('system');
    const [claims, signature] = token.split('.');
    const claimsOf = (text: string) => JSON.parse(Buffer.from(text, 'base64url').toString());
    const forged = (change: object) =>
      Buffer.from(JSON.stringify({ ...claimsOf(claims), ...change })).toString('base64url');
    const flip = (text: string, at: number) =>
      text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);
    const tampered = [
      `${forged({ role: 'dpo' })}.${signature}`,
      `${forged({ exp: claimsOf(claims).exp + 3_600_000 })}.${signature}`,
      `${forged({ key: 'audit' })}.${signature}`,
      `${flip(claims, 3)}.${signature}`,
      `${claims}.${flip(signature, 0)}`,
      // The last character's spare bit: it decodes to the same bytes, and is still not the token.
      `${claims}.${signature.slice(0, -1)}${spareBitFlipped(signature.slice(-1))}`,
      `${claims}.`,
      claims,
      `${token}.${signature}`,
      '',
    ];
    for (const candidate of tampered) {
      const stream = await openWithToken(ledger.baseUrl, `token=${encodeURIComponent(candidate)}`);
      stream.close();
      expect({ candidate, status: stream.response.status, code: stream.problem?.code }).toEqual({
        candidate,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
    const twice = await openWithToken(ledger.baseUrl, `token=${token}&token=${token}`);
    expect([twice.response.status, twice.problem?.code]).toEqual([401, 'UNAUTHENTICATED']);
    // A token decides alone: a valid key beside a bad token does not open the stream.
    const withKey = await openWithToken(ledger.baseUrl, `token=${claims}`, {
      authorization: `Bearer ${secretOf('system')}`,
    });
    expect(withKey.response.status).toBe(401);
  });

  it('admits nobody on any other route', async () => {
    const { token } = await issue('dpo');
    const elsewhere = [
      ['GET', `/v1/me?token=${token}`],
      ['GET', `/v1/subjects/token-follower/events?token=${token}`],
      ['GET', `/v1/subjects/token-follower/permissions/collection?token=${token}`],
      ['POST', `/v1/changes/tokens?token=${token}`],
    ] as const;
    for (const [method, path] of elsewhere) {
      const answer = await ledger.request(method, path, { role: null });
      expect({ path, status: answer.status, code: answer.body.code }).toEqual({
        path,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it("counts a token's streams against its key's cap", async () => {
    const { token } = await issue('auditor');
    const first = await openWithToken(ledger.baseUrl, `token=${token}`);
    const second = await openWithToken(ledger.baseUrl, `token=${token}`);
    try {
      expect([first.response.status, second.response.status]).toEqual([200, 200]);
      const third = await ledger.request('GET', '/v1/changes', { role: 'auditor' });
      expect([third.status, third.body.code]).toEqual([429, 'TOO_MANY_STREAMS']);
      const byToken = await openWithToken(ledger.baseUrl, `token=${token}`);
      expect([byToken.response.status, byToken.problem?.code]).toEqual([429, 'TOO_MANY_STREAMS']);
    } finally {
      first.close();
      second.close();
    }
  });
});
