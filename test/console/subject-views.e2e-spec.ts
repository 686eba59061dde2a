import { readFileSync } from 'node:fs';
import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession, WIDTHS } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';

const SUBJECT = 'debtor-7001';
/** A time as the console shows it, in the browser's zone (Europe/Amsterdam): "6 Dec 2026, 21:44 CET". */
const ZONED = /\d{1,2} \w{3,4}\.? \d{4},? \d{2}:\d{2} (CET|CEST)/;

/**
 * What the subject page shows beyond the decisions: only the purposes something happened to (the rest folded
 * away), why a purpose is permitted beside an objection, Dutch throughout, times with their zone and typed in
 * the reader's order, an unknown subject offered nothing, the export, a purpose's history, and the whole-log
 * verification; and the queue usable on a phone. At 1280 and 390 px, with axe.
 */
describeInBrowser('the subject page and the audit views in Chromium', () => {
  jest.setTimeout(90_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    const records = new SubjectRecords(ledger);
    await records.basis(SUBJECT, 'collection', 'contract');
    await records.objection(SUBJECT, ['collection'], 3, {
      channel: 'email',
      grounds: 'the invoice was already paid',
    });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const shownPurposes = () =>
    ui.page.locator('table.decisions tbody tr').evaluateAll((rows) => rows.map((tr) => tr.dataset.purpose));

  it('says a subject without events is unknown, and offers no decision and no action', async () => {
    const { page } = ui;
    await page.goto(`${ledger.baseUrl}/console/#/subjects/debtro-7001`);
    await page.getByRole('heading', { name: 'No events for subject debtro-7001' }).waitFor();
    expect(await page.getByText('a mistyped id looks just like this').count()).toBe(1);
    expect(await page.locator('table.decisions').count()).toBe(0);
    expect(await page.getByText('Refused').count()).toBe(0);
    expect(await page.getByRole('button', { name: /restriction|erasure|Record|Download/ }).count()).toBe(0);
    expect(await page.getByText('Apply a restriction').count()).toBe(0);
    await ui.checkAtEveryWidth('subject-unknown');
  });

  it('shows only the purposes an event names, the rest behind a toggle, and why collection is permitted beside an objection', async () => {
    const { page } = ui;
    await ui.openSubject(SUBJECT);
    expect(await shownPurposes()).toEqual(['collection']);
    await ui.decisionShows('collection', 'Permitted', 'Basis active');
    expect(await ui.row('collection').locator('.objection-note').textContent()).toMatch(
      /^An objection to this purpose is in force \(not yet decided, received .+\), but the basis relied on \(Contract\) is not one a person can object to: art\. 21\(1\)/,
    );
    const toggle = page.getByLabel('Show the purposes without any event (13)');
    await toggle.check();
    expect(await shownPurposes()).toHaveLength(14);
    await ui.decisionShows('payouts', 'Refused', 'No basis');
    await toggle.uncheck();
    expect(await shownPurposes()).toEqual(['collection']);
  });

  it('names the zone of every time and the date of every deadline', async () => {
    const objection = ui.page.locator('[data-objection]');
    const text = (await objection.textContent()) ?? '';
    expect(text).toMatch(new RegExp(`Received ${ZONED.source}`));
    expect(text).toMatch(/due \d{1,2} \w{3} \d{4} ?\d+ days left/);
    await ui.checkAtEveryWidth('subject-folded');
  });

  it("takes a past moment typed day first in the reader's language, and refuses text it cannot read", async () => {
    const { page } = ui;
    await page.getByLabel("Today's knowledge at that moment (at)").check();
    const field = page.getByLabel('Date and time (your local time)');
    expect(await page.locator('.moment .time-field .hint').textContent()).toMatch(
      /Day first, dd\/mm\/yyyy hh:mm, in your local time \(CET|CEST\)/,
    );
    await field.fill('12/31/2026 10:00');
    expect(await page.locator('.moment .time-field input:invalid').count()).toBe(1);
    expect(await page.locator('.moment .time-field .hint').textContent()).toContain(
      'Type the moment as dd/mm/yyyy hh:mm.',
    );
    await field.fill(await ui.localTime(-10 * 86_400_000));
    expect(await page.locator('.moment .time-field input:invalid').count()).toBe(0);
    expect(await page.locator('.moment .time-field .hint').textContent()).toMatch(
      new RegExp(`Read as ${ZONED.source}`),
    );
    await ui.decisionShows('collection', 'Permitted', 'Basis active');
    expect(await ui.row('collection').locator('.objection-note').count()).toBe(0);

    await ui.setLanguage('nl');
    expect(await page.locator('.moment .time-field .hint').textContent()).toContain(
      'Dag eerst, dd-mm-jjjj uu:mm',
    );
    await page.getByLabel('Datum en tijd (uw lokale tijd)').fill(await ui.localTime(-20 * 86_400_000, 'nl'));
    await ui.decisionShows('collection', 'Toegestaan', 'Grondslag geldig');
    await ui.checkAtEveryWidth('subject-past-moment-nl');
    await page.getByLabel('Nu', { exact: true }).check();
    await ui.setLanguage('en');
  });

  it('reads in Dutch throughout: reasons, explanations, purpose descriptions and the objection note', async () => {
    const { page } = ui;
    await ui.setLanguage('nl');
    await ui.decisionShows('collection', 'Toegestaan', 'Grondslag geldig');
    const row = ui.row('collection');
    expect(await row.locator('.description').textContent()).toMatch(
      /^Incasso van vorderingen van opdrachtgevers/,
    );
    expect(await row.locator('.explanation').textContent()).toMatch(/^Verwerking voor incasso is toegestaan/);
    expect(await row.locator('.objection-note').textContent()).toContain('art. 21 lid 1');
    await page.getByLabel('Doelen zonder gebeurtenissen tonen (13)').check();
    await ui.decisionShows('payouts', 'Geweigerd', 'Geen grondslag');
    expect(await ui.row('payouts').textContent()).not.toMatch(/\b(no basis|Paying clients out)\b/i);
    expect(await ui.row('payouts').locator('.description').textContent()).toMatch(
      /^Opdrachtgevers uitbetalen/,
    );
    await ui.checkAtEveryWidth('subject-all-purposes-nl');
    await page.getByLabel('Doelen zonder gebeurtenissen tonen (13)').uncheck();
    await ui.setLanguage('en');
  });

  it('downloads the export as JSON and as DPV JSON-LD', async () => {
    const { page } = ui;
    for (const [button, file, type] of [
      ['Download JSON', `subject-${SUBJECT}.json`, 'json'],
      ['Download DPV JSON-LD', `subject-${SUBJECT}.jsonld`, 'dpv'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: button }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const document = JSON.parse(readFileSync((await download.path()) as string, 'utf8'));
      if (type === 'json') expect(document).toMatchObject({ subjectId: SUBJECT, events: expect.any(Array) });
      else expect(document['@context']).toBeDefined();
      await page
        .getByRole('status')
        .filter({ hasText: `Downloaded ${file}.` })
        .waitFor();
    }
  });

  it("shows a purpose's history, each change explained in the reader's language", async () => {
    const { page } = ui;
    await page.getByRole('link', { name: 'History of collection' }).click();
    await page.getByRole('heading', { name: `History of collection for ${SUBJECT}` }).waitFor();
    const rows = page.locator('table.history tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toMatch(
      /Permitted.*Basis active.*Processing for debt collection is permitted/,
    );
    expect(await rows.first().locator('time').textContent()).toMatch(ZONED);
    expect(await rows.first().textContent()).toContain('Basis established');
    await ui.checkAtEveryWidth('history');
    await ui.setLanguage('nl');
    await page.getByRole('heading', { name: `Geschiedenis van collection voor ${SUBJECT}` }).waitFor();
    await rows.first().filter({ hasText: 'Verwerking voor incasso is toegestaan' }).waitFor();
    await ui.setLanguage('en');
  });

  it('keeps the queue usable on a phone: the deadline and Decide on screen, the dialog with grounds and deadline', async () => {
    const { page, dialog } = ui;
    await page.getByRole('link', { name: 'Objections queue' }).click();
    const row = page.locator('table.queue tbody tr', { hasText: SUBJECT });
    await row.waitFor();
    const { height } = page.viewportSize() ?? { height: 900 };
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height });
      await ui.expectNothingOffScreen(`queue at ${width} px`);
      for (const essential of [row.locator('.badge'), row.getByRole('button', { name: /^Decide/ })]) {
        await essential.scrollIntoViewIfNeeded();
        const box = await essential.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      }
      const regions = await page
        .locator('.table-scroll')
        .evaluateAll((all) => all.map((region) => [region.getAttribute('aria-label'), region.tabIndex]));
      expect(regions).toEqual([['Objections awaiting a decision', 0]]);
    }
    await page.setViewportSize({ width: WIDTHS[0], height });
    await row.getByRole('button', { name: /^Decide/ }).click();
    const facts = (await dialog.locator('.facts').textContent()) ?? '';
    expect(facts).toMatch(/Grounds\s*the invoice was already paid/);
    expect(facts).toMatch(/Deadline\s*\d{1,2} \w{3} \d{4}\s*\d+ days left/);
    await ui.checkAtEveryWidth('decide-from-queue');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  });

  it('verifies the whole log for an auditor', async () => {
    const { page } = ui;
    await ui.signOut();
    await ui.signIn('auditor');
    await page.getByRole('link', { name: 'Verification' }).click();
    await page.getByRole('button', { name: 'Verify the whole log' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Intact: \d+ events in \d+ subjects, up to position \d+\./ })
      .waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(new RegExp(`Checked ${ZONED.source}`));
    await ui.checkAtEveryWidth('log-verification');
  });
});
