import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

const SUBJECT = 'debtor-8001';

/** What the page's `EventSource`s are: their URL and `readyState` (0 connecting, 1 open, 2 closed). */
interface SourceSeen {
  url: string;
  readyState: number;
}

/**
 * The subject page follows the change stream with the browser's own `EventSource`, opened with a token
 * (`POST /v1/changes/tokens`) since it cannot send the key: what is recorded over HTTP while the page is
 * open shows without a reload, and leaving the page closes the stream.
 */
describeInBrowser('a subject page that follows the change stream', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;
  let records: SubjectRecords;

  const sources = (): Promise<SourceSeen[]> =>
    ui.page.evaluate(() =>
      (globalThis as unknown as { eventSources: EventSource[] }).eventSources.map(({ url, readyState }) => ({
        url,
        readyState,
      })),
    );

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    records = new SubjectRecords(ledger);
    await records.basis(SUBJECT, 'collection', 'contract');
    browser = await openBrowser();
    // Every EventSource the console makes is the browser's own, only counted here.
    await browser.page.addInitScript(() => {
      const scope = globalThis as unknown as { EventSource: typeof EventSource; eventSources: EventSource[] };
      const made: EventSource[] = [];
      scope.eventSources = made;
      scope.EventSource = class extends scope.EventSource {
        constructor(url: string | URL, init?: EventSourceInit) {
          super(url, init);
          made.push(this);
        }
      };
    });
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  it('shows a basis established over HTTP by itself, and closes its stream when the page is left', async () => {
    await ui.signIn('dpo');
    await ui.openSubject(SUBJECT);
    await ui.row('collection').locator('.badge', { hasText: 'Permitted' }).waitFor();
    expect(await ui.row('payouts').count()).toBe(0);
    await ui.page.waitForFunction(() =>
      (globalThis as unknown as { eventSources: EventSource[] }).eventSources.some(
        (source) => source.readyState === 1,
      ),
    );

    await records.basis(SUBJECT, 'payouts', 'contract', 1);
    // No reload and no click: the page refetched when the stream named the subject.
    await ui.row('payouts').locator('.badge', { hasText: 'Permitted' }).waitFor();
    await ui.timelineEntry('BasisEstablished', 1).waitFor();

    const [source, ...others] = await sources();
    expect(others).toEqual([]);
    expect(source.url).toMatch(new RegExp(`^${ledger.baseUrl}/v1/changes\\?token=[\\w.-]+$`));
    expect(source.url).not.toContain(secretOf('dpo'));
    expect(source.readyState).toBe(1);

    await ui.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Subjects' }).click();
    await ui.page.getByRole('heading', { name: 'Find a subject' }).waitFor();
    expect((await sources()).map(({ readyState }) => readyState)).toEqual([2]);
  });
});
