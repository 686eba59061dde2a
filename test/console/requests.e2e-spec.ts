import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

/**
 * A data-subject request taken in the console alone (contract section 6): recorded as received, the
 * requester's identity checked, the deadline extended, the answer recorded; and a request received long ago
 * shown overdue. In English and Dutch, at 1280 and 390 px, with axe.
 */
describeInBrowser('data-subject requests in the DPO console', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;
  let records: SubjectRecords;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    records = new SubjectRecords(ledger);
    await records.basis('debtor-5001', 'collection', 'contract');
    await records.basis('debtor-5002', 'collection', 'contract');
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const facts = () => ui.page.locator('.request-facts').textContent();
  const step = (name: string) => ui.page.getByRole('button', { name });

  /** Records a request through the subject page's form, `receivedAt` empty for now; lands on its page. */
  async function receive(subjectId: string, right: string, receivedAt = '') {
    const { page, dialog } = ui;
    await ui.openSubject(subjectId);
    await page.getByText('Record a request received').click();
    const form = page.getByRole('form', { name: 'Record a request received' });
    await form.getByLabel('Right').selectOption(right);
    await form.getByLabel('Channel').selectOption('letter');
    await form.getByLabel('Received (your local time; empty: now)').fill(receivedAt);
    await form.getByRole('button', { name: 'Record request…' }).click();
    return dialog;
  }

  it('records an access request as received, with its deadline one month on, and opens it', async () => {
    const dialog = await receive('debtor-5001', 'access');
    expect(await dialog.locator('.consequence').textContent()).toMatch(
      /Received .+: it must be answered by .+ \(art\. 12\(3\): one month after receipt\)/,
    );
    await ui.checkAtEveryWidth('receive-request-dialog');
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await ui.page.getByRole('heading', { name: 'Access (art. 15): request of debtor-5001' }).waitFor();
    expect(await facts()).toMatch(/Identity\s*not verified/);
    expect(await facts()).toMatch(/(30|31) days left/);
    await step('Record the identity check…').waitFor();
    await step('Extend the deadline…').waitFor();
    await ui.checkAtEveryWidth('request-received');
  });

  it('grants nothing before the identity is checked, and takes "no reasonable doubt" only with a note (art. 12(6))', async () => {
    const { dialog } = ui;
    await step('Record the answer…').click();
    expect(await dialog.getByRole('radio', { name: 'Granted', exact: true }).isDisabled()).toBe(true);
    expect(await dialog.getByRole('radio', { name: 'Partly granted' }).isDisabled()).toBe(true);
    expect(await dialog.textContent()).toContain(
      'so the request can only be refused until the identity is checked',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await step('Record the identity check…').click();
    await dialog.getByLabel('Method').selectOption('no-reasonable-doubt');
    await dialog.getByRole('button', { name: 'Record identity check' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    expect(await dialog.textContent()).toContain('ask for more only where there is reasonable doubt');
    await ui.checkAtEveryWidth('verify-identity-dialog');
    await dialog.getByLabel('Note').fill('Written from the address on file, about claim 2026-0042.');
    await dialog.getByRole('button', { name: 'Record identity check' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.page.locator('.request-facts', { hasText: /Identity\s*verified/ }).waitFor();
    expect(await step('Record the identity check…').count()).toBe(0);
  });

  it('extends the deadline once, to three months after receipt (art. 12(3)), and the queue shows it', async () => {
    const { dialog, page } = ui;
    await step('Extend the deadline…').click();
    expect(await dialog.locator('.consequence').textContent()).toMatch(
      /The deadline moves from .+ to .+: three months after receipt/,
    );
    await ui.checkAtEveryWidth('extend-request-dialog');
    await dialog.getByLabel('Why the request needs more time').fill('The client holds part of the file.');
    await dialog.getByRole('button', { name: 'Extend deadline' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.request-facts', { hasText: /(8\d|9\d) days left/ }).waitFor();
    expect(await step('Extend the deadline…').count()).toBe(0);

    await page.getByRole('link', { name: 'Requests' }).click();
    const row = page.locator('table.queue tbody tr', { hasText: 'debtor-5001' });
    expect(await row.textContent()).toMatch(/Access \(art\. 15\).*\d+ days left.*verified /);
    expect(await row.locator('td[data-label="Extended until"]').textContent()).toMatch(/20\d\d/);
    await ui.checkAtEveryWidth('requests-queue');
    await row.getByRole('link', { name: 'Access (art. 15)' }).click();
  });

  it('records the answer, after which nothing is left to record and the request leaves the queue', async () => {
    const { dialog, page } = ui;
    await step('Record the answer…').click();
    await dialog.getByRole('radio', { name: 'Granted', exact: true }).check();
    expect(await dialog.locator('.consequence').textContent()).toContain('answered as granted today');
    await ui.checkAtEveryWidth('complete-request-dialog');
    await dialog.getByRole('button', { name: 'Record answer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Nothing is left to record for this request.').waitFor();
    await ui.timelineEntry('RequestCompleted').waitFor();
    expect(await facts()).toMatch(/Answered .+: Granted/);
    expect(
      await page.locator('.timeline > li').evaluateAll((items) => items.map((li) => li.dataset.type)),
    ).toEqual(['RequestReceived', 'IdentityVerified', 'RequestExtended', 'RequestCompleted']);
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByText('No request is open.').waitFor();
  });

  it('shows a request received 40 days ago overdue, with no extension left to offer, in English and Dutch', async () => {
    const { dialog, page } = ui;
    await receive('debtor-5002', 'access', await ui.localTime(-40 * 86_400_000));
    await dialog.getByRole('button', { name: 'Record request' }).click();
    await page.getByRole('heading', { name: 'Access (art. 15): request of debtor-5002' }).waitFor();
    expect(await facts()).toMatch(/(9|10) days overdue/);
    await step('Record the answer…').waitFor();
    expect(await step('Extend the deadline…').count()).toBe(0);

    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByLabel('Overdue').check();
    const row = page.locator('table.queue tbody tr', { hasText: 'debtor-5002' });
    expect(await row.locator('.badge').textContent()).toMatch(/^(9|10) days overdue$/);
    expect(await page.locator('table.queue tbody tr').count()).toBe(1);
    await ui.checkAtEveryWidth('requests-overdue');

    await ui.setLanguage('nl');
    await page.getByRole('heading', { name: 'Verzoeken van betrokkenen' }).waitFor();
    expect(await row.locator('.badge').textContent()).toMatch(/^(9|10) dagen te laat$/);
    await row.getByRole('link', { name: 'Inzage (art. 15)' }).click();
    await page.getByRole('heading', { name: 'Inzage (art. 15): verzoek van debtor-5002' }).waitFor();
    expect(await facts()).toMatch(/Identiteit\s*niet vastgesteld/);
    await ui.checkAtEveryWidth('request-overdue-nl');
    await step('Antwoord vastleggen…').click();
    await dialog.getByRole('radio', { name: 'Geweigerd' }).check();
    await dialog.getByLabel('Weigeringsgrond').selectOption('identity-not-verified');
    await dialog
      .getByLabel('Motivering: waarom niet alles wordt gedaan wat is gevraagd')
      .fill('Geen antwoord op onze vraag.');
    await dialog.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    expect(await dialog.locator('input:invalid').count()).toBe(1);
    await dialog.getByLabel(/gewezen op de klacht bij de Autoriteit Persoonsgegevens/).check();
    await ui.checkAtEveryWidth('complete-request-dialog-nl');
    await dialog.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await facts()).toMatch(/Beantwoord .+: Geweigerd/);
    await ui.setLanguage('en');
  });

  it('shows an auditor the requests and their pages, and no step to record', async () => {
    const { page } = ui;
    await records.request('debtor-5001', 'erasure', 3);
    await ui.signOut();
    await ui.signIn('auditor');
    await page.getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('link', { name: 'Erasure (art. 17)' }).click();
    await page.getByRole('heading', { name: 'Erasure (art. 17): request of debtor-5001' }).waitFor();
    await ui.timelineEntry('RequestReceived').waitFor();
    expect(await page.locator('.request').getByRole('button').count()).toBe(0);
    expect(await page.getByText('Nothing is left to record').count()).toBe(0);
    await ui.checkAtEveryWidth('request-auditor');
    await ui.openSubject('debtor-5001');
    await page.locator('[data-request]').first().waitFor();
    expect(await page.getByText('Record a request received').count()).toBe(0);
  });
});
