import { Browser, describeInBrowser, openBrowser } from '../support/browser';
import { changedCatalogue, writeCatalogueFile } from '../support/catalogue-files';
import { CONSOLE_DIR } from '../support/console';
import { ConsoleSession } from '../support/console-session';
import { LedgerHarness } from '../support/ledger-harness';
import { SubjectRecords } from '../support/subject-records';
import { temporaryDirectories } from '../support/temporary-directories';

const SUBJECT = 'debtor-4001';

/**
 * The default catalogue and one purpose that decides without a person, on a contract (art. 22(2)(a)), as a
 * file in `dir`.
 */
function catalogueWithAutomatedScoring(dir: string): Promise<string> {
  const catalogue = changedCatalogue('console-automated-scoring', ({ purposes }) => {
    purposes.push({
      id: 'automated-scoring',
      description: 'Scoring payment plans without a person looking at each one.',
      legalBases: ['contract', 'legitimate-interests'],
      objection: 'balancing',
      allowedUnderRestriction: false,
      dataCategories: ['naw', 'payments'],
      subjectCategories: ['debtor'],
      recipients: ['processors'],
      profiling: true,
      solelyAutomatedDecisions: true,
      automatedDecisionGround: 'contract',
    });
  });
  return writeCatalogueFile(dir, 'catalogue.json', catalogue);
}

/**
 * The reasons and events contract version 2 added, as the console words them in English and Dutch: each
 * reason with the ledger's explanation in the reader's language, each event with its own details (the request
 * it answers, the recipient by name, the event a notification is about), never its raw fields.
 */
describeInBrowser('reasons and events of contract version 2 in the DPO console', () => {
  jest.setTimeout(60_000);
  let ledger: LedgerHarness;
  let browser: Browser;
  let ui: ConsoleSession;
  const temp = temporaryDirectories('catalogue');

  beforeAll(async () => {
    ledger = await LedgerHarness.start({
      consoleDir: CONSOLE_DIR,
      purposesFile: await catalogueWithAutomatedScoring(await temp.make()),
    });
    const records = new SubjectRecords(ledger);
    await records.basis(SUBJECT, 'prospect-contact', 'legitimate-interests');
    await records.basis(SUBJECT, 'automated-scoring', 'legitimate-interests');
    await records.basis(SUBJECT, 'collection', 'contract');
    await records.notice(SUBJECT, 'email');
    await records.disclosure(SUBJECT, 'clients', 'collection', ['naw', 'invoice-amounts'], 10);
    const requestId = await records.request(SUBJECT, 'rectification', 8);
    const note = 'Asked from the address on file; the letter matches the claim.';
    await records.requestStep(SUBJECT, requestId, 'identity', { method: 'no-reasonable-doubt', note });
    await records.requestStep(SUBJECT, requestId, 'extension', {
      reason: 'The client must confirm the address.',
    });
    const rectification = await records.rectification(SUBJECT, { dataCategories: ['naw'], requestId });
    await records.notification(SUBJECT, {
      about: rectification.eventId,
      recipientId: 'clients',
      channel: 'email',
    });
    await records.requestStep(SUBJECT, requestId, 'completion', {
      outcome: 'partly-granted',
      motivation: 'The birth date was right; the address is corrected.',
      remediesInformed: true,
    });
    browser = await openBrowser();
    ui = new ConsoleSession(browser.page, ledger.baseUrl);
    await ui.signIn('dpo');
    await ui.openSubject(SUBJECT);
  });

  afterAll(async () => {
    await browser?.close();
    await ledger?.stop();
    await temp.removeAll();
  });

  const entry = async (type: string) => (await ui.timelineEntry(type).textContent()) ?? '';

  it('words CONSENT_REQUIRED and AUTOMATED_DECISION_NOT_ALLOWED with the explanation, in English and Dutch', async () => {
    await ui.decisionShows('prospect-contact', 'Refused', 'Consent required');
    expect(await ui.row('prospect-contact').locator('.explanation').textContent()).toContain(
      "needs the person's prior consent",
    );
    await ui.decisionShows('automated-scoring', 'Refused', 'Automated decision not allowed');
    expect(await ui.row('automated-scoring').locator('.explanation').textContent()).toContain(
      'without human involvement',
    );
    await ui.setLanguage('nl');
    await ui.decisionShows('prospect-contact', 'Geweigerd', 'Toestemming vereist');
    await ui
      .row('prospect-contact')
      .locator('.explanation', { hasText: 'vooraf toestemming van de betrokkene nodig' })
      .waitFor();
    await ui.decisionShows('automated-scoring', 'Geweigerd', 'Geautomatiseerd besluit niet toegestaan');
    expect(await ui.row('automated-scoring').locator('.explanation').textContent()).toContain(
      'zonder menselijke tussenkomst',
    );
    await ui.checkAtEveryWidth('reasons-v2-nl');
    await ui.setLanguage('en');
  });

  it('shows each new event with its own details, never its raw fields', async () => {
    expect(await entry('NoticeProvided')).toMatch(
      /Privacy statement given.*Privacy statement.*webcasso-2026-1.*Email/,
    );
    expect(await entry('DataDisclosed')).toMatch(
      /Recipient.*Opdrachtgevers \(the clients whose claims are collected\).*Purpose.*collection.*naw.*invoice-amounts/,
    );
    expect(await entry('RequestReceived')).toMatch(/Right.*Rectification \(art\. 16\).*Channel.*Letter/);
    const request = /Request.*Rectification \(art\. 16\), received \d/;
    expect(await entry('IdentityVerified')).toMatch(request);
    expect(await entry('IdentityVerified')).toMatch(
      /Method.*No reasonable doubt.*Note.*letter matches the claim/,
    );
    expect(await entry('RequestExtended')).toMatch(
      /Extended until.*20\d\d.*Reason.*must confirm the address/,
    );
    expect(await entry('RectificationRecorded')).toMatch(/Data categories.*naw/);
    expect(await entry('RectificationRecorded')).toMatch(request);
    expect(await entry('RecipientNotified')).toMatch(
      /About.*Rectification recorded \(#\d+\).*Recipient.*Opdrachtgevers.*Outcome.*Notified.*Channel.*Email/,
    );
    expect(await entry('RequestCompleted')).toMatch(
      /Outcome.*Partly granted.*Motivation.*address is corrected.*Told of the remedies.*yes/,
    );
    const timeline = (await ui.page.locator('.timeline').textContent()) ?? '';
    for (const raw of ['requestId', 'recipientId', 'about', 'remediesInformed', 'extendedUntil', 'true']) {
      expect(timeline).not.toContain(raw);
    }
    expect(timeline).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await ui.checkAtEveryWidth('timeline-v2');
  });

  it('shows them in Dutch too', async () => {
    await ui.setLanguage('nl');
    await ui.timelineEntry('RequestReceived').getByText('Verzoek ontvangen').waitFor();
    expect(await entry('NoticeProvided')).toMatch(/Privacyverklaring verstrekt.*E-mail/);
    expect(await entry('IdentityVerified')).toMatch(
      /Verzoek.*Rectificatie \(art\. 16\), ontvangen.*Geen redelijke twijfel/,
    );
    expect(await entry('RequestExtended')).toContain('Verlengd tot');
    expect(await entry('RecipientNotified')).toMatch(
      /Over.*Rectificatie vastgelegd \(#\d+\).*Ontvanger.*Geïnformeerd/,
    );
    expect(await entry('RequestCompleted')).toMatch(/Gedeeltelijk toegewezen.*Gewezen op rechtsmiddelen.*ja/);
    await ui.checkAtEveryWidth('timeline-v2-nl');
    await ui.setLanguage('en');
  });

  it("links a step to its request's page, which lists what was recorded for it", async () => {
    const { page } = ui;
    await ui
      .timelineEntry('IdentityVerified')
      .getByRole('link', { name: /^Rectification \(art\. 16\), received / })
      .click();
    await page.getByRole('heading', { name: 'Rectification (art. 16): request of debtor-4001' }).waitFor();
    await ui.timelineEntry('RequestCompleted').waitFor();
    expect(
      await page.locator('.timeline > li').evaluateAll((items) => items.map((li) => li.dataset.type)),
    ).toEqual([
      'RequestReceived',
      'IdentityVerified',
      'RequestExtended',
      'RectificationRecorded',
      'RequestCompleted',
    ]);
    expect(await page.locator('.request-facts').textContent()).toMatch(/Answered .+: Partly granted/);
  });
});
