import { Browser, describeInBrowser, openBrowser, screenshot } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness, secretOf } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

/**
 * The DPO's console in a real Chromium against a real ledger over HTTP: signing in, the objections queue,
 * a subject's decisions, restrictions and past moments, the Dutch view, and an auditor's read-only view, at
 * 1280 and 390 px, with axe. Screenshots are kept under test/artifacts/.
 */
describeInBrowser('the DPO console in Chromium', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    const records = new SubjectRecords(ledger);
    await records.basis('debtor-1001', 'collection', 'contract');
    await records.basis('debtor-1001', 'credit-check-sharing', 'legitimate-interests');
    await records.objection('debtor-1001', ['credit-check-sharing'], 35, {
      channel: 'letter',
      grounds: 'my particular situation',
    });
    await records.objection('debtor-1002', ['collection'], 10, {
      channel: 'email',
      grounds: 'my particular situation',
    });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  it('signs in with an API key kept in session storage only, and refuses a wrong one', async () => {
    const { page } = ui;
    await page.goto(`${ledger.baseUrl}/console/`);
    await ui.expectAccessible('sign-in page');
    await page.getByLabel('API key').fill('not-a-key-of-this-ledger');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'does not accept this key' }).waitFor();

    await ui.signIn('dpo');
    expect(await page.getByText('Signed in as the-dpo (DPO)').count()).toBe(1);
    const storage = await page.evaluate(() => {
      const { sessionStorage, localStorage } = globalThis as unknown as Record<string, object>;
      return {
        session: Object.values(sessionStorage).join(' '),
        local: Object.values(localStorage).join(' '),
      };
    });
    expect(storage.session).toContain(secretOf('dpo'));
    expect(storage.local).not.toContain(secretOf('dpo'));
  });

  it('lists undecided objections oldest first with the days left, and an override asks for the motivation', async () => {
    const { page, dialog } = ui;
    await page.getByRole('link', { name: 'Objections queue' }).click();
    const rows = page.locator('table.queue tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['debtor-1001', 'debtor-1002']);
    expect(await rows.nth(0).locator('.badge').textContent()).toMatch(/^\d+ days? overdue$/);
    const left = /^(\d+) days left$/.exec((await rows.nth(1).locator('.badge').textContent()) ?? '');
    expect(Number(left?.[1])).toBeGreaterThanOrEqual(18);
    await ui.checkAtEveryWidth('queue');

    await page.getByRole('button', { name: 'Decide… debtor-1001' }).click();
    expect(await dialog.locator('.facts').textContent()).toMatch(
      /credit-check-sharing.*Letter.*Grounds\s*my particular situation.*Deadline.*\d{4}.*overdue/,
    );
    await dialog.getByLabel('Override: the processing goes on (art. 21(1))').check();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    expect(await dialog.textContent()).toContain('compelling legitimate grounds');
    await ui.checkAtEveryWidth('decide-objection-dialog');

    await dialog
      .getByLabel('Motivation')
      .fill('Fraud prevention for the client outweighs the stated situation.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('table.queue tbody th', { hasText: 'debtor-1001' }).waitFor({ state: 'detached' });
  });

  it("shows a subject's decisions, timeline and chain; a restriction applied and lifted changes the decisions", async () => {
    const { page, dialog } = ui;
    await page.getByRole('link', { name: 'Subjects' }).click();
    await page.getByLabel('Subject id').fill('debtor-1001');
    await page.getByLabel('Subject id').press('Enter');
    await page.getByRole('heading', { name: 'Subject debtor-1001' }).waitFor();
    await ui.decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
    expect(await ui.row('credit-check-sharing').locator('.reasons').textContent()).toContain(
      'Objection overridden',
    );
    await ui.decisionShows('collection', 'Permitted', 'Basis active');
    expect(await ui.row('collection').locator('.explanation').textContent()).toMatch(
      /^Processing for .+ is permitted/,
    );
    await page.getByText('Intact: 4 events verified').waitFor();
    await ui.timelineEntry('ObjectionOverridden').waitFor();
    expect(
      await page.locator('.timeline > li').evaluateAll((items) => items.map((li) => li.dataset.type)),
    ).toEqual(['BasisEstablished', 'BasisEstablished', 'ObjectionFiled', 'ObjectionOverridden']);
    expect(await page.locator('.timeline').textContent()).toContain('by the-dpo (DPO)');

    await page.getByText('Apply a restriction').click();
    const form = page.getByRole('form', { name: 'Apply a restriction' });
    await form.getByLabel('Ground').selectOption('accuracy-contested');
    await form.getByRole('checkbox', { name: 'collection', exact: true }).check();
    await form.getByRole('button', { name: 'Apply restriction…' }).click();
    expect(await dialog.textContent()).toContain(
      'these purposes are refused (RESTRICTED) until the restriction is lifted: collection',
    );
    await dialog.getByRole('button', { name: 'Apply restriction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.decisionShows('collection', 'Refused', 'Restricted');
    await ui.decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
    await ui.checkAtEveryWidth('subject');
  });

  it('lifts a restriction only once it says when the person was told (art. 18(3))', async () => {
    const { page, dialog } = ui;
    await page.getByRole('button', { name: 'Lift…' }).click();
    await dialog.getByLabel('Why the restriction ends').fill('The debtor confirmed the address.');
    await dialog.getByRole('button', { name: 'Lift restriction' }).click();
    expect(await dialog.locator('input:invalid').count()).toBe(1);
    expect(await dialog.textContent()).toContain(
      'Art. 18(3): the person is told before the restriction is lifted',
    );
    await ui.checkAtEveryWidth('lift-restriction-dialog');

    const informed = dialog.getByLabel('When the person was told (your local time)');
    await informed.fill(await ui.localTime(+86_400_000));
    expect(await dialog.locator('input:invalid').count()).toBe(1);
    await informed.fill(await ui.localTime(-3_600_000));
    await dialog.getByRole('button', { name: 'Lift restriction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await ui.decisionShows('collection', 'Permitted', 'Basis active');
    await page.getByText('No restriction in force.').waitFor();
    expect(await ui.timelineEntry('RestrictionLifted').textContent()).toContain('Person told');
  });

  it('shows the decisions as the ledger gave them at a past moment', async () => {
    const { page } = ui;
    await page.getByLabel('What the ledger said then (asOf)').check();
    const slider = page.getByLabel('Step through the events');
    await slider.focus();
    await slider.press('Home');
    const output = page.locator('output');
    await output.filter({ hasText: 'Event 1 of' }).waitFor();
    await ui.decisionShows('credit-check-sharing', 'Refused', 'No basis');
    await ui.decisionShows('collection', 'Permitted', 'Basis active');
    for (let step = 0; step < 5 && !(await output.textContent())?.includes('Objection filed'); step++) {
      await slider.press('ArrowRight');
    }
    await ui.decisionShows('credit-check-sharing', 'Refused', 'Objection pending');
    await ui.expectAccessible('subject page at a past moment');
    await screenshot(page, 'subject-as-of');
    await page.getByLabel('Now', { exact: true }).check();
    await ui.decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
  });

  it('reads in Dutch, the ledger explaining each decision in Dutch', async () => {
    const { page } = ui;
    await ui.setLanguage('nl');
    await page.getByRole('heading', { name: 'Betrokkene debtor-1001' }).waitFor();
    await ui.decisionShows('collection', 'Toegestaan', 'Grondslag geldig');
    await ui
      .row('collection')
      .locator('.explanation', { hasText: /^Verwerking voor .+ is toegestaan/ })
      .waitFor();
    await page.getByLabel(/^Doelen zonder gebeurtenissen tonen/).check();
    await ui.decisionShows('payouts', 'Geweigerd', 'Geen grondslag');
    expect(await ui.row('payouts').locator('.explanation').textContent()).not.toMatch(/\bno basis\b/i);
    await ui.checkAtEveryWidth('subject-nl');
    await ui.setLanguage('en');
  });

  it('offers an auditor the history and the queue, and no action', async () => {
    const { page } = ui;
    await ui.signOut();
    await ui.signIn('auditor');
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.locator('table.queue tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /Decide/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'debtor-1002' }).click();
    await page.getByRole('heading', { name: 'Objections in force' }).waitFor();
    await page.locator('[data-objection]').waitFor();
    expect(await page.getByRole('button', { name: /Decide|Withdraw|Lift|Apply|erasure/ }).count()).toBe(0);
    expect(await page.getByText('Apply a restriction').count()).toBe(0);
    await ui.checkAtEveryWidth('subject-auditor');
  });
});
