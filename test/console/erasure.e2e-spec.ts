import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

const SUBJECT = 'debtor-3001';

/**
 * Erasure in the console as contract version 2 has it (art. 17): the dialog lists the purposes with an active
 * basis and keeps only those with an art. 17(3) exemption, asks for suppression refs while a direct-marketing
 * objection is in force (art. 21(3)), and once erased offers only what concerns the purposes kept, down to
 * narrowing the retention.
 */
describeInBrowser('erasure in the DPO console', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;
  let records: SubjectRecords;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    records = new SubjectRecords(ledger);
    await records.basis(SUBJECT, 'collection', 'contract');
    await records.basis(SUBJECT, 'prospect-contact', 'consent');
    await records.basis(SUBJECT, 'fiscal-retention', 'legal-obligation');
    await records.basis(SUBJECT, 'legal-claims', 'contract');
    await records.objection(SUBJECT, ['prospect-contact'], 2, { channel: 'email' });
    await records.objection(SUBJECT, ['collection'], 1, { channel: 'letter' });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
    await ui.openSubject(SUBJECT);
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const consequence = () => ui.dialog.locator('.consequence').textContent();
  const choice = (purpose: string) => ui.dialog.locator(`.retain-choices li[data-purpose="${purpose}"]`);

  it('lists the purposes with an active basis and offers to keep only those with an exemption, naming it', async () => {
    const { dialog, page } = ui;
    await page.getByRole('button', { name: 'Record erasure…' }).click();
    expect(
      await dialog
        .locator('.retain-choices li')
        .evaluateAll((items) => items.map((li) => li.dataset.purpose)),
    ).toEqual(['collection', 'prospect-contact', 'fiscal-retention', 'legal-claims']);
    expect(await choice('collection').textContent()).toContain('Erased: no art. 17(3) exemption');
    expect(await choice('prospect-contact').getByRole('checkbox').count()).toBe(0);
    await choice('fiscal-retention')
      .getByRole('checkbox', { name: 'fiscal-retention Keep under a legal obligation (art. 17(3)(b))' })
      .waitFor();
    await choice('legal-claims')
      .getByRole('checkbox', { name: 'legal-claims Keep under legal claims (art. 17(3)(e))' })
      .waitFor();
    // What may be kept starts kept: the dialog never opens on "nothing is kept" beside a legal obligation.
    expect(await consequence()).toContain('Kept under art. 17(3): fiscal-retention, legal-claims.');
    expect(await consequence()).toContain('Refused from now on (ERASED): collection, prospect-contact.');
    expect(await consequence()).not.toContain('No purpose is kept');

    await choice('fiscal-retention').getByRole('checkbox').uncheck();
    await choice('legal-claims').getByRole('checkbox').uncheck();
    expect(await consequence()).toContain(
      'No purpose is kept, although art. 17(3) allows keeping fiscal-retention, legal-claims.',
    );
    await choice('fiscal-retention').getByRole('checkbox').check();
    expect(await consequence()).toContain('Kept under art. 17(3): fiscal-retention.');
    expect(await consequence()).not.toContain('No purpose is kept');
    expect(await consequence()).toContain(
      'Refused from now on (ERASED): collection, prospect-contact, legal-claims.',
    );
  });

  it('asks for the suppression refs while an objection to direct marketing is in force, and says why (art. 21(3))', async () => {
    const { dialog, page } = ui;
    const why = dialog.locator('.suppression');
    expect(await why.textContent()).toContain('An objection to prospect-contact is in force.');
    expect(await why.textContent()).toContain(
      'must not be approached again under a new subject id (art. 21(3))',
    );
    await dialog.getByLabel('Suppression refs, one per line').waitFor();
    await ui.checkAtEveryWidth('erasure-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await ui.setLanguage('nl');
    await page.getByRole('button', { name: 'Wissen vastleggen…' }).click();
    await choice('fiscal-retention')
      .getByRole('checkbox', {
        name: 'fiscal-retention Behouden vanwege een wettelijke verplichting (art. 17 lid 3 onder b)',
      })
      .waitFor();
    expect(await dialog.locator('.suppression').textContent()).toContain('(art. 21 lid 3)');
    expect(await consequence()).toContain('fiscal-retention, legal-claims');
    expect(await consequence()).not.toContain('Er wordt geen doel behouden');
    await ui.checkAtEveryWidth('erasure-dialog-nl');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await ui.setLanguage('en');
  });

  it('records the erasure with the purposes kept and the suppression refs, once the subject id is typed', async () => {
    const { dialog, page } = ui;
    await page.getByRole('button', { name: 'Record erasure…' }).click();
    await choice('fiscal-retention').getByRole('checkbox').check();
    await choice('legal-claims').getByRole('checkbox').check();
    await dialog.getByLabel('Suppression refs, one per line').fill('hmac:9f86d081\nhmac:60303ae2\n');
    const confirm = dialog.getByRole('button', { name: 'Record erasure' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type the subject id to confirm').fill(SUBJECT);
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });

    await page
      .getByRole('status')
      .filter({ hasText: 'objections and restrictions that concern only the purposes kept' })
      .waitFor();
    await ui.decisionShows('collection', 'Refused', 'Erased');
    await ui.decisionShows('fiscal-retention', 'Permitted', 'Basis active');
    expect(await ui.timelineEntry('BasisEstablished', 3).textContent()).toContain(
      'file legal-claims 2026-0042',
    );
    expect(await ui.timelineEntry('BasisEstablished', 0).textContent()).toMatch(
      /Evidence.*unreadable since the erasure/,
    );
    const erasure = (await ui.timelineEntry('ErasureCompleted').textContent()) ?? '';
    expect(erasure).toMatch(/Retained purposes.*fiscal-retention.*legal-claims/);
    expect(erasure).toMatch(/Suppression refs.*hmac:9f86d081.*hmac:60303ae2/);
  });

  it('after the erasure offers only what concerns the purposes kept, and records it', async () => {
    const { page } = ui;
    await records.objection(SUBJECT, ['legal-claims'], 0, { channel: 'web', grounds: 'the claim is paid' });
    await page.reload();
    const objection = (purpose: string) => page.locator('[data-objection]', { hasText: purpose });
    await objection('legal-claims').getByRole('button', { name: 'Decide…' }).waitFor();
    expect(await objection('legal-claims').getByRole('button', { name: 'Withdraw…' }).count()).toBe(1);
    expect(await objection('collection').getByRole('button').count()).toBe(0);
    await page.getByText('Apply a restriction').click();
    const form = page.getByRole('form', { name: 'Apply a restriction' });
    expect(
      await form
        .locator('input[name="purposes"]')
        .evaluateAll((boxes) => boxes.map((box) => (box as { value: string }).value)),
    ).toEqual(['fiscal-retention', 'legal-claims']);
    expect(await form.textContent()).toContain('Only the purposes kept, and the data categories they use');
    await ui.checkAtEveryWidth('subject-erased');
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.locator('table.queue tbody tr').first().waitFor();
    expect(await page.locator('table.queue tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^debtor-3001legal-claims/),
    ]);
    await page.goBack();

    await objection('legal-claims').getByRole('button', { name: 'Withdraw…' }).click();
    await ui.dialog
      .getByLabel('Evidence that the person withdrew it')
      .fill('E-mail of the debtor, ref. DS-204');
    await ui.dialog.getByRole('button', { name: 'Record withdrawal' }).click();
    await ui.dialog.waitFor({ state: 'detached' });
    await objection('legal-claims').waitFor({ state: 'detached' });
    expect(await ui.timelineEntry('ObjectionWithdrawn').textContent()).toContain('ref. DS-204');
  });

  it('narrows the retention only by leaving kept purposes out, never saying nothing is kept while one is', async () => {
    const { dialog, page } = ui;
    await page.getByRole('button', { name: 'Narrow the retention…' }).click();
    expect(
      await dialog
        .locator('.retain-choices li')
        .evaluateAll((items) => items.map((li) => li.dataset.purpose)),
    ).toEqual(['fiscal-retention', 'legal-claims']);
    expect(await dialog.getByRole('checkbox', { checked: true }).count()).toBe(2);
    expect(await dialog.locator('.suppression').count()).toBe(0);
    await dialog.getByLabel('Type the subject id to confirm').fill(SUBJECT);
    const confirm = dialog.getByRole('button', { name: 'Narrow the retention' });
    expect(await consequence()).toContain('Leave out at least one purpose to narrow the retention.');
    expect(await confirm.isDisabled()).toBe(true);

    await choice('legal-claims').getByRole('checkbox').uncheck();
    expect(await consequence()).toContain('No longer kept: legal-claims.');
    expect(await consequence()).toContain('Kept under art. 17(3): fiscal-retention.');
    expect(await consequence()).not.toContain('No purpose is kept');
    await ui.checkAtEveryWidth('narrow-erasure-dialog');
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await ui.decisionShows('legal-claims', 'Refused', 'Erased');
    await ui.decisionShows('fiscal-retention', 'Permitted', 'Basis active');

    await page.getByRole('button', { name: 'Narrow the retention…' }).click();
    await choice('fiscal-retention').getByRole('checkbox').uncheck();
    expect(await consequence()).toContain(
      'No purpose is kept, although art. 17(3) allows keeping fiscal-retention.',
    );
    await dialog.getByLabel('Type the subject id to confirm').fill(SUBJECT);
    await dialog.getByRole('button', { name: 'Narrow the retention' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'No purpose was kept.' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Erasure' }).count()).toBe(0);
    expect(
      await page.getByRole('button', { name: /Decide|Withdraw|Lift|Apply|erasure|retention/ }).count(),
    ).toBe(0);
  });
});
