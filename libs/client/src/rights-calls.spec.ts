import { LedgerClient } from './ledger-client';

/** A fetch that answers every call with `body`, and records what it was asked. */
function answering(body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  return { client: new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch }), calls };
}

const written = {
  subjectId: 's',
  eventId: 'e',
  type: 'RequestReceived',
  revision: 0,
  position: '41',
  requestId: 'r',
};
const sent = (call: { url: string; init: RequestInit }) => ({
  method: call.init.method,
  url: call.url.replace('http://ledger', ''),
  body: call.init.body === undefined ? undefined : JSON.parse(call.init.body as string),
  idempotent: (call.init.headers as Record<string, string>)['idempotency-key'] !== undefined,
});

describe('LedgerClient, the routes of contract sections 6 and 7', () => {
  it('commands_PostEachBodyToItsRoute_WithAnIdempotencyKey_PathPartsEncoded', async () => {
    const { client, calls } = answering(written);
    await expect(client.receiveRequest('debtor/1', { right: 'access', channel: 'letter' })).resolves.toEqual(
      written,
    );
    await client.verifyIdentity('s', 'r 1', { method: 'no-reasonable-doubt', note: 'known e-mail address' });
    await client.extendRequest('s', 'r', { reason: 'many requests' });
    await client.completeRequest('s', 'r', {
      outcome: 'refused',
      refusalGround: 'excessive',
      remediesInformed: true,
    });
    await client.recordRectification('s', { dataCategories: ['naw'], requestId: 'r' });
    await client.recordDisclosure('s', {
      recipientId: 'clients',
      purpose: 'collection',
      dataCategories: ['naw'],
    });
    await client.notifyRecipient('s', { about: 'e', recipientId: 'clients', outcome: 'notified' });
    await client.provideNotice('s', { noticeVersion: 'webcasso-2026-1', channel: 'letter' });
    expect(calls.map(sent)).toEqual([
      {
        method: 'POST',
        url: '/v1/subjects/debtor%2F1/requests',
        body: { right: 'access', channel: 'letter' },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/requests/r%201/identity',
        body: { method: 'no-reasonable-doubt', note: 'known e-mail address' },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/requests/r/extension',
        body: { reason: 'many requests' },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/requests/r/completion',
        body: { outcome: 'refused', refusalGround: 'excessive', remediesInformed: true },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/rectifications',
        body: { dataCategories: ['naw'], requestId: 'r' },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/disclosures',
        body: { recipientId: 'clients', purpose: 'collection', dataCategories: ['naw'] },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/notifications',
        body: { about: 'e', recipientId: 'clients', outcome: 'notified' },
        idempotent: true,
      },
      {
        method: 'POST',
        url: '/v1/subjects/s/notices',
        body: { noticeVersion: 'webcasso-2026-1', channel: 'letter' },
        idempotent: true,
      },
    ]);
    expect(client.position).toBe('41');
  });

  it('reads_AskTheirRoutes_AtLeastAsFarAsThisClientWrote', async () => {
    const { client, calls } = answering(written);
    await client.receiveRequest('s', { right: 'erasure' });
    await client.requests('debtor/1');
    await client.requestsQueue('overdue');
    await client.requestsQueue(undefined, { minPosition: '50' });
    await client.pendingNotifications();
    await client.recipients('s');
    await client.noticesDue();
    await client.erasuresDue();
    await client.suppression('hmac:a/b?c');
    expect(calls.slice(1).map((call) => [call.init.method, call.url.replace('http://ledger', '')])).toEqual([
      ['GET', '/v1/subjects/debtor%2F1/requests?minPosition=41'],
      ['GET', '/v1/requests?status=overdue&minPosition=41'],
      ['GET', '/v1/requests?status=open&minPosition=50'],
      ['GET', '/v1/notifications?status=pending&minPosition=41'],
      ['GET', '/v1/subjects/s/recipients?minPosition=41'],
      ['GET', '/v1/notices/due?minPosition=41'],
      ['GET', '/v1/erasures/due?minPosition=41'],
      ['GET', '/v1/suppressions/hmac%3Aa%2Fb%3Fc?minPosition=41'],
    ]);
  });

  it('exports_AskTheDocumentInJsonOrInDpv', async () => {
    const { client, calls } = answering({ '@context': {} });
    await expect(client.exportSubjectDpv('s')).resolves.toEqual({ '@context': {} });
    await client.exportSubject('s');
    expect(calls.map((call) => call.url)).toEqual([
      'http://ledger/v1/subjects/s/export?format=dpv',
      'http://ledger/v1/subjects/s/export',
    ]);
  });
});
