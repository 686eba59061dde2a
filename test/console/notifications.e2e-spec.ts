import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

const SUBJECT = 'debtor-6001';

/**
 * Art. 19 in the console (contract section 7): a restriction owes a notification to each recipient that
 * received the data it concerns; the notifications queue records each one as told, or why not (impossible,
 * disproportionate effort, with a note). English and Dutch, 1280 and 390 px, with axe.
 */
describeInBrowser('art. 19 notifications in the DPO console', () => {
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
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const queueRows = () => ui.page.locator('table.queue tbody tr');

  it('a restriction owes an art. 19 notification to each recipient that received the data it concerns', async () => {
    const { page, dialog } = ui;
    await ui.openSubject(SUBJECT);
    await page.getByText('Apply a restriction').click();
    const form = page.getByRole('form', { name: 'Apply a restriction' });
    await form.getByRole('checkbox', { name: 'collection', exact: true }).check();
    await form.getByRole('button', { name: 'Apply restriction…' }).click();
    await dialog.getByRole('button', { name: 'Apply restriction' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByRole('link', { name: 'Notifications' }).click();
    await queueRows().first().waitFor();
    expect((await queueRows().locator('td[data-label="Recipient"]').allTextContents()).sort()).toEqual([
      'Direct Pay Services B.V. (Credit Exchange group)',
      'Opdrachtgevers (the clients whose claims are collected)',
    ]);
    expect(await queueRows().first().textContent()).toMatch(/debtor-6001.*Restriction applied, /);
    await ui.checkAtEveryWidth('notifications-queue');
  });

  it('records that one recipient was told and why the other was not', async () => {
    const { page, dialog } = ui;
    await page
      .locator('tr[data-recipient="clients"]')
      .getByRole('button', { name: /^Record…/ })
      .click();
    expect(await dialog.locator('.consequence').textContent()).toMatch(
      /Records that Opdrachtgevers .+ was told \(art\. 19\) about: Restriction applied, /,
    );
    await dialog.getByLabel('Channel').selectOption('email');
    await ui.checkAtEveryWidth('notify-recipient-dialog');
    await dialog.getByRole('button', { name: 'Record notification' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('tr[data-recipient="clients"]').waitFor({ state: 'detached' });

    await page
      .locator('tr[data-recipient="direct-pay-services"]')
      .getByRole('button', { name: /^Record…/ })
      .click();
    await dialog.getByRole('radio', { name: 'Disproportionate effort' }).check();
    expect(await dialog.locator('.consequence').textContent()).toContain(
      'is not told (art. 19: Disproportionate effort)',
    );
    await dialog.getByRole('button', { name: 'Record notification' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    await dialog
      .getByLabel('Note')
      .fill('The group company deleted the file on receipt, as its retention rule says.');
    await dialog.getByRole('button', { name: 'Record notification' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('No notification is owed.').waitFor();

    await ui.openSubject(SUBJECT);
    await ui.timelineEntry('RecipientNotified', 1).waitFor();
    const notified = await ui.page.locator('.timeline > li[data-type="RecipientNotified"]').allTextContents();
    expect(notified).toHaveLength(2);
    expect(notified[0]).toMatch(/About.*Restriction applied \(#\d+\).*Outcome.*Notified.*Channel.*Email/);
    expect(notified[1]).toMatch(/Outcome.*Disproportionate effort.*Note.*deleted the file/);
  });

  it('asks the same in Dutch', async () => {
    const { page, dialog } = ui;
    await page.getByText('Apply a restriction').click();
    const form = page.getByRole('form', { name: 'Apply a restriction' });
    await form.getByRole('checkbox', { name: 'payments', exact: true }).check();
    await form.getByRole('button', { name: 'Apply restriction…' }).click();
    await dialog.getByRole('button', { name: 'Apply restriction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.setLanguage('nl');
    await page.getByRole('link', { name: 'Kennisgevingen' }).click();
    await page.getByRole('heading', { name: 'Verschuldigde kennisgevingen (art. 19)' }).waitFor();
    await queueRows().first().waitFor();
    expect(await queueRows().locator('td[data-label="Ontvanger"]').allTextContents()).toEqual([
      'Direct Pay Services B.V. (Credit Exchange group)',
    ]);
    await queueRows()
      .getByRole('button', { name: /^Vastleggen…/ })
      .click();
    await dialog.getByRole('radio', { name: 'Onmogelijk' }).check();
    expect(await dialog.locator('.consequence').textContent()).toContain(
      'niet wordt ingelicht (art. 19: Onmogelijk)',
    );
    await ui.checkAtEveryWidth('notify-recipient-dialog-nl');
    await dialog.getByLabel('Notitie').fill('De ontvanger bestaat niet meer.');
    await dialog.getByRole('button', { name: 'Kennisgeving vastleggen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Er is geen kennisgeving verschuldigd.').waitFor();
    await ui.setLanguage('en');
  });
});
