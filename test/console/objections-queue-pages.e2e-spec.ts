import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { daysAgo } from '../support/subject-records';

/** One more page's worth than the API's default page of 100. */
const WAITING = 130;

/** The objections queue reads the API's pages: the first at once, the next ones when the reader asks. */
describeInBrowser('the objections queue in pages, in the DPO console', () => {
  jest.setTimeout(90_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    for (let i = 0; i < WAITING; i++) {
      const body = { purposes: ['credit-check-sharing'], occurredAt: daysAgo(WAITING - i) };
      const answer = await ledger.post(`/v1/subjects/queued-${i}/objections`, body, 'operator');
      if (answer.status !== 201) throw new Error(`the objection was refused: ${JSON.stringify(answer.body)}`);
    }
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('auditor');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  it('shows the first page, and the rest after "Show the next objections", oldest first', async () => {
    const { page } = ui;
    await page.getByRole('link', { name: 'Objections queue' }).click();
    const subjects = page.locator('table.queue tbody th');
    await subjects.first().waitFor();
    expect(await subjects.count()).toBe(100);
    await page.getByRole('button', { name: 'Show the next objections' }).click();
    await subjects.nth(WAITING - 1).waitFor();
    expect(await subjects.allTextContents()).toEqual(
      Array.from({ length: WAITING }, (_, i) => `queued-${i}`),
    );
    expect(await page.getByRole('button', { name: 'Show the next objections' }).count()).toBe(0);
    await ui.expectAccessible('the objections queue after its second page');
  });
});
