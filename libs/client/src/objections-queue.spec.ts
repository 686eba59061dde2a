import { ObjectionsQueueAnswer, OpenObjection } from '@ledger/wire';
import { LedgerClient } from './ledger-client';

const objection = (objectionId: string): OpenObjection => ({
  subjectId: 'debtor-1',
  objectionId,
  purposes: ['collection'],
  occurredAt: '2026-11-01T00:00:00.000Z',
  recordedAt: '2026-11-01T00:00:00.000Z',
  deadline: '2026-12-01T00:00:00.000Z',
});

/** A ledger that answers the queue's pages in turn, and records the URLs it was asked. */
function paging(pages: ObjectionsQueueAnswer[]) {
  const urls: string[] = [];
  const fetch = (async (url: string) => {
    urls.push(url.replace('http://ledger', ''));
    return new Response(JSON.stringify(pages[urls.length - 1]), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  }) as unknown as typeof globalThis.fetch;
  return { client: new LedgerClient({ baseUrl: 'http://ledger', apiKey: 'k', fetch }), urls };
}

describe('LedgerClient, the objections queue', () => {
  it('pendingObjections_FollowsNextToTheLastPage_EachReadingAsFarAsThePageBefore', async () => {
    const { client, urls } = paging([
      { position: '10', objections: [objection('o-1'), objection('o-2')], next: 'c1' },
      { position: '12', objections: [objection('o-3')], next: 'c2' },
      { position: '12', objections: [] },
    ]);
    const listed: string[] = [];
    for await (const open of client.pendingObjections({ limit: 2 })) listed.push(open.objectionId);
    expect(listed).toEqual(['o-1', 'o-2', 'o-3']);
    expect(urls).toEqual([
      '/v1/objections?status=pending&limit=2',
      '/v1/objections?status=pending&limit=2&after=c1&minPosition=10',
      '/v1/objections?status=pending&limit=2&after=c2&minPosition=12',
    ]);
  });

  it('objectionsQueuePage_AsksOnePage_AfterTheCursorGiven', async () => {
    const page = { position: '3', objections: [objection('o-9')] };
    const { client, urls } = paging([page]);
    await expect(client.objectionsQueuePage({ after: 'abc', minPosition: '2' })).resolves.toEqual(page);
    expect(urls).toEqual(['/v1/objections?status=pending&after=abc&minPosition=2']);
  });
});
