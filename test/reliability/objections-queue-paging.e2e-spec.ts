import { LedgerHarness } from '../support/ledger-harness';

/** How many undecided objections the suite files: enough for many default pages. */
const FILED = 1_200;
const DEFAULT_PAGE = 100;

/**
 * The objections queue is read in pages, so its answer stays small however many objections wait: on main it
 * was one answer of every pending objection (3.7 MB at 18k). A walk through the pages lists each objection
 * once, in order, and an objection decided between two pages moves no other one to another page.
 */
describe('the objections queue in pages (HTTP, SQLite)', () => {
  jest.setTimeout(120_000);
  let ledger: LedgerHarness;
  /** Every objection filed, oldest receipt first (each a minute after the one before). */
  const filed: string[] = [];

  beforeAll(async () => {
    ledger = await LedgerHarness.start();
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    for (let batch = 0; batch < FILED; batch += 50) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, i) => {
          const n = batch + i;
          const occurredAt = new Date(start + n * 60_000).toISOString();
          const body = { purposes: ['credit-check-sharing'], occurredAt };
          return ledger.post(`/v1/subjects/paging-${n % 40}/objections`, body, 'operator');
        }),
      );
      for (const answer of answers) {
        if (answer.status !== 201)
          throw new Error(`an objection was refused: ${JSON.stringify(answer.body)}`);
        filed.push(answer.body.objectionId);
      }
    }
  });
  afterAll(() => ledger.stop());

  const page = (query = '') =>
    ledger.request('GET', `/v1/objections?status=pending${query}`, { role: 'auditor' });

  it('answers one page of the oldest by default, small, with the cursor of the next', async () => {
    const first = await page();
    expect(first.status).toBe(200);
    expect(first.body.objections.map((o: any) => o.objectionId)).toEqual(filed.slice(0, DEFAULT_PAGE));
    expect(first.body.next).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]+$/));
    const bytes = Number(first.headers.get('content-length') ?? JSON.stringify(first.body).length);
    expect(bytes).toBeLessThan(30_000);
  });

  it('lists every objection exactly once, in order, page by page to a last page without next', async () => {
    const listed: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const { body } = await page(`&limit=500${after ? `&after=${after}` : ''}`);
      listed.push(...body.objections.map((o: any) => o.objectionId));
      after = body.next;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(listed).toEqual(filed);
  });

  it('moves no other objection to another page when one is decided between two pages', async () => {
    const first = (await page('&limit=10')).body;
    const last = first.objections[9];
    const decision = `/v1/subjects/${last.subjectId}/objections/${last.objectionId}/decision`;
    expect((await ledger.post(decision, { outcome: 'upheld' })).status).toBe(201);
    const second = (await page(`&limit=10&after=${first.next}`)).body;
    expect(second.objections.map((o: any) => o.objectionId)).toEqual(filed.slice(10, 20));
  });

  it.each([
    ['&limit=0', 'limit'],
    ['&limit=1001', 'limit'],
    ['&limit=ten', 'limit'],
    ['&after=not-a-cursor', 'after'],
    ['&after=a%2Fb', 'after'],
  ])('refuses %s naming the field', async (query, field) => {
    expect((await page(query)).body).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([expect.objectContaining({ field })]),
    });
  });

  it.each(['0', '1001', 'ten', '1.5', '-1'])('says once what a limit of %s should be', async (limit) => {
    expect((await page(`&limit=${limit}`)).body.fields).toEqual([
      { field: 'limit', message: 'limit must be a whole number from 1 to 1000' },
    ]);
  });
});
