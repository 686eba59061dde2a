import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): Playwright never downloads a browser of its own here. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and nothing that reaches for the network: this machine's network is closed. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Screenshots the browser suites keep (gitignored). */
export const ARTIFACTS = join(__dirname, '../artifacts');

/**
 * `describe` when Chromium is there or CI is set (where a missing browser must fail, not pass silently);
 * elsewhere `describe.skip`, after printing why once.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (existsSync(CHROMIUM) || process.env.CI) return describe(name, suite);
  console.log(`${name}: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  describe.skip(name, suite);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A fresh Chromium with an empty profile. CSP is bypassed only so that axe can be injected. */
export async function openBrowser(viewport = { width: 1280, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'basis-ledger-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport,
    locale: 'en-GB',
    // The DPO's own zone, not the machine's UTC: times must name their zone, and a wrong one shows here.
    timezoneId: 'Europe/Amsterdam',
    bypassCSP: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** axe-core's serious and critical violations on the page as it is now, as `rule: targets` lines. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axe.source });
  const { violations } = await page.evaluate(() =>
    (globalThis as unknown as { axe: typeof axe }).axe.run({ resultTypes: ['violations'] }),
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}

/** The whole page, or with `fullPage: false` what the viewport shows (a modal dialog is drawn in the viewport). */
export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}
