import { Page } from 'playwright-core';
import {
  Browser,
  describeInBrowser,
  openBrowser,
  screenshot,
  seriousAccessibilityViolations,
} from '../support/browser';
import { CONSOLE_DIR } from '../support/console';
import { LedgerHarness, secretOf } from '../support/ledger-harness';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

/**
 * The DPO's console in a real Chromium against a real ledger over HTTP: what the DPO and an auditor see and
 * do, how it reads at 1280 and 768 px, and what axe finds. Screenshots are kept under test/artifacts/.
 */
describeInBrowser('the DPO console in Chromium', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
    const basis = (purpose: string, legalBasis: string, evidence: string) =>
      ledger.post(
        '/v1/subjects/debtor-1001/bases',
        { purpose, legalBasis, evidence, occurredAt: daysAgo(40) },
        'operator',
      );
    await basis('collection', 'contract', 'claim 2026-0042');
    await basis('credit-check-sharing', 'legitimate-interests', 'balancing test BT-7');
    const objection = (subjectId: string, purposes: string[], days: number, channel: string) =>
      ledger.post(
        `/v1/subjects/${subjectId}/objections`,
        { purposes, channel, grounds: 'my particular situation', occurredAt: daysAgo(days) },
        'operator',
      );
    await objection('debtor-1001', ['credit-check-sharing'], 35, 'letter');
    await objection('prospect-77', ['prospect-contact'], 10, 'email');
    browser = await openBrowser();
    page = browser.page;
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
  });

  const row = (purpose: string) => page.locator(`tr[data-purpose="${purpose}"]`);
  /** Waits until the decision for `purpose` shows `badge` ("Permitted"/"Refused") with `reason` first. */
  const decisionShows = async (purpose: string, badge: string, reason: string) => {
    await row(purpose).locator('.badge', { hasText: badge }).waitFor();
    expect(await row(purpose).locator('.reasons li').first().locator('strong').textContent()).toBe(reason);
  };
  const expectAccessible = async (what: string) =>
    expect({ what, violations: await seriousAccessibilityViolations(page) }).toEqual({
      what,
      violations: [],
    });

  const signIn = async (role: 'dpo' | 'auditor') => {
    await page.goto(`${ledger.baseUrl}/console/`);
    await page.getByLabel('API key').fill(secretOf(role));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Find a subject' }).waitFor();
  };

  it('signs in with an API key kept in session storage only, and refuses a wrong one', async () => {
    await page.goto(`${ledger.baseUrl}/console/`);
    await expectAccessible('sign-in page');
    await page.getByLabel('API key').fill('not-a-key-of-this-ledger');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'does not accept this key' }).waitFor();

    await signIn('dpo');
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
    await page.getByRole('link', { name: 'Objections queue' }).click();
    const rows = page.locator('table.queue tbody tr');
    await rows.first().waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['debtor-1001', 'prospect-77']);
    expect(await rows.nth(0).locator('.badge').textContent()).toMatch(/^\d+ days? overdue$/);
    const left = /^(\d+) days left$/.exec((await rows.nth(1).locator('.badge').textContent()) ?? '');
    expect(Number(left?.[1])).toBeGreaterThanOrEqual(18);
    await expectAccessible('objections queue');
    await screenshot(page, 'queue-1280');

    await page.getByRole('button', { name: 'Decide… debtor-1001' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Override: compelling legitimate grounds prevail').check();
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    expect(await dialog.locator('textarea:invalid').count()).toBe(1);
    expect(await dialog.textContent()).toContain('compelling legitimate grounds');
    await expectAccessible('deciding an objection');
    await screenshot(page, 'decide-objection-dialog');

    await dialog
      .getByLabel('Motivation')
      .fill('Fraud prevention for the client outweighs the stated situation.');
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('table.queue tbody th', { hasText: 'debtor-1001' }).waitFor({ state: 'detached' });
  });

  it("shows a subject's decisions, timeline and chain; a restriction applied and lifted changes the decisions", async () => {
    await page.getByRole('link', { name: 'Subjects' }).click();
    await page.getByLabel('Subject id').fill('debtor-1001');
    await page.getByLabel('Subject id').press('Enter');
    await page.getByRole('heading', { name: 'Subject debtor-1001' }).waitFor();
    await decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
    expect(await row('credit-check-sharing').locator('.reasons').textContent()).toContain(
      'Objection overridden',
    );
    await decisionShows('collection', 'Permitted', 'Basis active');
    await page.getByText('Intact: 4 events verified').waitFor();
    expect(
      await page.locator('.timeline > li').evaluateAll((items) => items.map((li) => li.dataset.type)),
    ).toEqual(['BasisEstablished', 'BasisEstablished', 'ObjectionFiled', 'ObjectionOverridden']);
    expect(await page.locator('.timeline').textContent()).toContain('by the-dpo (DPO)');

    await page.getByText('Apply a restriction').click();
    const form = page.getByRole('form', { name: 'Apply a restriction' });
    await form.getByLabel('Ground').selectOption('accuracy-contested');
    await form.getByRole('checkbox', { name: 'collection', exact: true }).check();
    await form.getByRole('button', { name: 'Apply restriction…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(
      'these purposes are refused (RESTRICTED) until the restriction is lifted: collection',
    );
    await dialog.getByRole('button', { name: 'Apply restriction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await decisionShows('collection', 'Refused', 'Restricted');
    await decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
    await expectAccessible('subject page at 1280 px');
    await screenshot(page, 'subject-1280');

    await page.getByRole('button', { name: 'Lift…' }).click();
    await dialog.getByLabel('Why the restriction ends').fill('The debtor confirmed the address.');
    // The person is told before the restriction is lifted (art. 18(3)): the DPO records when.
    await dialog.getByLabel('When the person was told').fill(daysAgo(1).slice(0, 16));
    await dialog.getByRole('button', { name: 'Lift restriction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await decisionShows('collection', 'Permitted', 'Basis active');
    await page.getByText('No restriction in force.').waitFor();
  });

  it('shows the decisions as the ledger gave them at a past moment', async () => {
    await page.getByLabel('What the ledger said then (asOf)').check();
    const slider = page.getByLabel('Step through the events');
    await slider.focus();
    await slider.press('Home');
    const output = page.locator('output');
    await output.filter({ hasText: 'Event 1 of' }).waitFor();
    await decisionShows('credit-check-sharing', 'Refused', 'No basis');
    await decisionShows('collection', 'Permitted', 'Basis active');
    for (let step = 0; step < 5 && !(await output.textContent())?.includes('Objection filed'); step++) {
      await slider.press('ArrowRight');
    }
    await decisionShows('credit-check-sharing', 'Refused', 'Objection pending');
    await expectAccessible('subject page at a past moment');
    await screenshot(page, 'subject-as-of');
    await page.getByLabel('Now', { exact: true }).check();
    await decisionShows('credit-check-sharing', 'Permitted', 'Basis active');
  });

  it('reads at tablet width and in Dutch', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await expectAccessible('subject page at 768 px');
    await screenshot(page, 'subject-768');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { name: 'Betrokkene debtor-1001' }).waitFor();
    await decisionShows('collection', 'Toegestaan', 'Grondslag geldig');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expectAccessible('subject page in Dutch');
    await screenshot(page, 'subject-768-nl');
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.locator('table.queue tbody tr').first().waitFor();
    await expectAccessible('objections queue at 768 px');
    await screenshot(page, 'queue-768');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('offers an auditor the history and the queue, and no action', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn('auditor');
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.locator('table.queue tbody tr').first().waitFor();
    expect(await page.getByRole('button', { name: /Decide/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'prospect-77' }).click();
    await page.getByRole('heading', { name: 'Open objections' }).waitFor();
    await page.locator('[data-objection]').waitFor();
    expect(await page.getByRole('button', { name: /Decide|Lift|Apply|erasure/ }).count()).toBe(0);
    expect(await page.getByText('Apply a restriction').count()).toBe(0);
    await screenshot(page, 'subject-auditor-1280');
  });

  it('records an erasure only once the subject id is typed, and the subject leaves the queue', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signIn('dpo');
    await page.goto(`${ledger.baseUrl}/console/#/subjects/prospect-77`);
    await page.getByText('Record an erasure').click();
    const form = page.getByRole('form', { name: 'Record an erasure' });
    await form.getByRole('checkbox', { name: 'legal-claims', exact: true }).check();
    // prospect-77 objected to direct marketing: the erasure names what to suppress a new approach by (art. 21(3)).
    await form.getByLabel('Suppression refs').fill('4f2a9c0e1b7d');
    await form.getByRole('button', { name: 'Record erasure…' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain('This cannot be undone');
    expect(await dialog.textContent()).toContain('Kept under art. 17(3): legal-claims.');
    const confirm = dialog.getByRole('button', { name: 'Record erasure' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type the subject id to confirm').fill('prospect-77');
    await confirm.click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Erased on' }).waitFor();
    await decisionShows('prospect-contact', 'Refused', 'Erased');
    expect(await page.getByRole('button', { name: /Decide|Lift|Apply|erasure/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Objections queue' }).click();
    await page.getByText('No objection awaits a decision.').waitFor();
  });
});
