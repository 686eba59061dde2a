import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { daysAgo, SubjectRecords } from '../support/subject-records';

const SUBJECT = 'debtor-6001';

/**
 * A subject's recipients (art. 15(1)(c)) and privacy statements (arts. 13, 14) in the console, and what is due
 * across subjects: erasures (art. 5(1)(e)) and privacy statements (art. 14(3)(a)). 1280 and 390 px, with axe.
 */
describeInBrowser('recipients and what is due in the DPO console', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    const records = new SubjectRecords(ledger);
    await records.basis(SUBJECT, 'collection', 'contract', 40);
    await records.basis(SUBJECT, 'credit-check-sharing', 'legitimate-interests', 40);
    await records.disclosure(SUBJECT, 'clients', 'collection', ['naw', 'invoice-amounts'], 20);
    await records.disclosure(SUBJECT, 'direct-pay-services', 'credit-check-sharing', ['naw', 'payments'], 15);
    await records.basis('debtor-6002', 'collection', 'contract', 90);
    await records.basis('debtor-6003', 'collection', 'contract', 100, { validUntil: daysAgo(40) });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  it("shows the subject's recipients, with what each received and when", async () => {
    const { page } = ui;
    await ui.openSubject(SUBJECT);
    const clients = page.locator('[data-recipient="clients"]');
    expect(await clients.textContent()).toMatch(
      /Opdrachtgevers.*client.*Received data.*collection.*naw.*invoice-amounts/,
    );
    expect(await page.locator('[data-recipient="processors"]').textContent()).toContain(
      'May receive data under the catalogue, received none',
    );
    expect(await page.locator('[data-recipient="bailiff"]').count()).toBe(0);
  });

  it('lists the erasures and privacy statements due, and a privacy statement recorded leaves the list', async () => {
    const { page, dialog } = ui;
    await page.getByRole('link', { name: 'Due' }).click();
    const erasures = page.locator('section', {
      has: page.getByRole('heading', { name: 'Erasures due (art. 5(1)(e))' }),
    });
    const notices = page.locator('section', {
      has: page.getByRole('heading', { name: 'Privacy statements due (art. 14(3)(a))' }),
    });
    await erasures.locator('tbody tr').first().waitFor();
    expect(await erasures.locator('tbody th').allTextContents()).toEqual(['debtor-6003']);
    expect(await erasures.locator('tbody td[data-label="Why"]').textContent()).toContain(
      'No active basis for any purpose for longer than the grace period',
    );
    await notices.locator('tbody tr').first().waitFor();
    expect(await notices.locator('tbody th').allTextContents()).toEqual([
      'debtor-6003',
      'debtor-6002',
      SUBJECT,
    ]);
    await ui.checkAtEveryWidth('due');

    await notices.getByRole('link', { name: 'debtor-6002' }).click();
    await page.getByRole('heading', { name: 'Subject debtor-6002' }).waitFor();
    await page.getByText('No privacy statement recorded as given.').waitFor();
    await page.getByText('Record a privacy statement given').click();
    const form = page.getByRole('form', { name: 'Record a privacy statement given' });
    await form.getByLabel('Channel').selectOption('email');
    await form.getByRole('button', { name: 'Record…' }).click();
    expect(await dialog.locator('.consequence').textContent()).toMatch(
      /privacy statement webcasso-2026-1 \(nl, published .+\); channel: Email/,
    );
    await dialog.getByRole('button', { name: 'Record privacy statement' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/^webcasso-2026-1, .+ · Email$/).waitFor();
    await page.getByRole('link', { name: 'Due' }).click();
    await notices.locator('tbody th', { hasText: 'debtor-6002' }).waitFor({ state: 'detached' });
    await notices.locator('tbody th', { hasText: 'debtor-6003' }).waitFor();
    expect(await notices.locator('tbody th').allTextContents()).toEqual(['debtor-6003', SUBJECT]);
  });
});
