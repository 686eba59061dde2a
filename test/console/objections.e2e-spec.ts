import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

/**
 * Deciding and withdrawing objections in the console as contract version 2 has them (art. 21): an objection to
 * absolute purposes only is never offered an override, overriding one to a legal-claims purpose names the
 * claim, the dialog shows what is decided and by when, and a withdrawal is recorded with its evidence.
 */
describeInBrowser('objections in the DPO console', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    const records = new SubjectRecords(ledger);
    await records.basis('prospect-1', 'prospect-contact', 'consent');
    await records.objection('prospect-1', ['prospect-contact', 'statistics'], 5, { channel: 'email' });
    await records.basis('debtor-2001', 'legal-claims', 'contract');
    await records.objection('debtor-2001', ['legal-claims'], 12, { channel: 'letter' });
    await records.basis('debtor-2002', 'credit-check-sharing', 'legitimate-interests');
    await records.objection('debtor-2002', ['credit-check-sharing'], 3, { channel: 'phone' });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const decide = () => ui.page.locator('[data-objection]').getByRole('button', { name: 'Decide…' }).click();

  it('shows the purposes, channel and deadline, and offers no override of an objection to absolute purposes only', async () => {
    const { dialog } = ui;
    await ui.openSubject('prospect-1');
    await decide();
    const facts = (await dialog.locator('.facts').textContent()) ?? '';
    expect(facts).toMatch(/prospect-contact.*statistics/);
    expect(facts).toContain('Email');
    expect(facts).toMatch(/Deadline.*20\d\d.*\d+ days left/);
    expect(await dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.getByRole('radio', { name: 'Uphold: the objection stands' }).isChecked()).toBe(true);
    expect(await dialog.textContent()).toContain(
      'An objection to prospect-contact, statistics is absolute (art. 21(3), (6)): it cannot be overridden, only upheld.',
    );
    expect(await dialog.locator('.consequence').textContent()).toContain(
      'only a consent given later can restart it',
    );
    await ui.checkAtEveryWidth('decide-absolute-objection');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await ui.setLanguage('nl');
    await ui.page.locator('[data-objection]').getByRole('button', { name: 'Beslissen…' }).click();
    expect(await dialog.getByRole('radio').count()).toBe(1);
    expect(await dialog.textContent()).toContain('is absoluut (art. 21 lid 3 en 6)');
    expect(await dialog.locator('.facts').textContent()).toMatch(/Uiterste datum.*nog \d+ dagen/);
    await ui.checkAtEveryWidth('decide-absolute-objection-nl');
    await dialog.getByRole('button', { name: 'Beslissing vastleggen' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.page.locator('[data-objection] .badge', { hasText: 'Gegrond' }).waitFor();
    await ui.decisionShows('prospect-contact', 'Geweigerd', 'Bezwaar gegrond');
    await ui.setLanguage('en');
  });

  it('asks for the legal claim when overriding an objection to a legal-claims purpose (art. 21(1))', async () => {
    const { dialog, page } = ui;
    await ui.openSubject('debtor-2001');
    await ui.setLanguage('nl');
    await page.locator('[data-objection]').getByRole('button', { name: 'Beslissen…' }).click();
    await dialog.getByRole('radio', { name: 'Afwijzen: de verwerking gaat door (art. 21 lid 1)' }).check();
    await dialog.getByLabel('Motivering: de rechtsvordering').waitFor();
    expect(await dialog.textContent()).toContain('Noem voor legal-claims de rechtsvordering');
    await ui.expectAccessible('overriding a claims objection in Dutch');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await ui.setLanguage('en');

    await decide();
    await dialog.getByRole('radio', { name: 'Override: the processing goes on (art. 21(1))' }).check();
    expect(await dialog.textContent()).toContain(
      'For legal-claims, name the legal claim the processing is needed for',
    );
    expect(await dialog.locator('.consequence').textContent()).toContain(
      'Processing for legal-claims may continue for the legal claim your motivation names',
    );
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    await ui.checkAtEveryWidth('override-claims-objection');
    await dialog
      .getByLabel('Motivation: the legal claim')
      .fill('Claim 2026-0042 of the client against the debtor, before the district court of Utrecht.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-objection] .badge', { hasText: 'Overridden' }).waitFor();
    expect(await ui.timelineEntry('ObjectionOverridden').textContent()).toContain('Claim 2026-0042');
  });

  it('records a withdrawal only with its evidence, after which the objection blocks nothing', async () => {
    const { dialog, page } = ui;
    await ui.openSubject('debtor-2002');
    await ui.decisionShows('credit-check-sharing', 'Refused', 'Objection pending');
    await page.locator('[data-objection]').getByRole('button', { name: 'Withdraw…' }).click();
    expect(await dialog.locator('.consequence').textContent()).toContain(
      'processing for credit-check-sharing may resume wherever a legal basis permits it',
    );
    await dialog.getByRole('button', { name: 'Record withdrawal' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    await ui.checkAtEveryWidth('withdraw-objection-dialog');
    await dialog.getByLabel('Evidence that the person withdrew it').fill('Letter of 2 December, ref. DS-118');
    await dialog.getByRole('button', { name: 'Record withdrawal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('No objection in force.').waitFor();
    await ui.decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
    expect(await ui.timelineEntry('ObjectionWithdrawn').textContent()).toContain(
      'Letter of 2 December, ref. DS-118',
    );

    await ui.setLanguage('nl');
    await ui.timelineEntry('ObjectionWithdrawn').getByText('Bezwaar ingetrokken').waitFor();
    expect(await ui.timelineEntry('ObjectionWithdrawn').textContent()).toContain('Bewijs');
    await ui.setLanguage('en');
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.getByText('No objection awaits a decision.').waitFor();
  });
});
