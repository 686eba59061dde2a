import { Locator, Page } from 'playwright-core';
import { screenshot, seriousAccessibilityViolations } from './browser';
import { secretOf } from './test-keys';

/** The widths every browser suite checks: a desktop, and a phone (iPhone 12 to 15). */
export const WIDTHS = [1280, 390] as const;

/** The console in one browser page, driven the way the DPO or an auditor uses it. */
export class ConsoleSession {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Signs in through the sign-in page; the labels are English, the console's language unless switched. */
  async signIn(role: 'dpo' | 'auditor'): Promise<void> {
    await this.page.goto(`${this.baseUrl}/console/`);
    await this.page.getByLabel('API key').fill(secretOf(role));
    await this.page.getByRole('button', { name: 'Sign in' }).click();
    await this.page.getByRole('heading', { name: 'Find a subject' }).waitFor();
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Sign out' }).click();
  }

  /** Opens a subject's page and waits until its decisions are there. */
  async openSubject(subjectId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/console/#/subjects/${subjectId}`);
    await this.page.locator('table.decisions').waitFor();
  }

  async setLanguage(language: 'en' | 'nl'): Promise<void> {
    await this.page.locator('.top select').selectOption(language);
    await this.page.locator(`html[lang="${language}"]`).waitFor();
  }

  row(purpose: string): Locator {
    return this.page.locator(`tr[data-purpose="${purpose}"]`);
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Waits until the decision for `purpose` shows `badge` ("Permitted"/"Refused") with `reason` first. */
  async decisionShows(purpose: string, badge: string, reason: string): Promise<void> {
    await this.row(purpose).locator('.badge', { hasText: badge }).waitFor();
    expect(await this.row(purpose).locator('.reasons li').first().locator('strong').textContent()).toBe(
      reason,
    );
  }

  /** No serious or critical axe violation on the page as it is now. */
  async expectAccessible(what: string): Promise<void> {
    expect({ what, violations: await seriousAccessibilityViolations(this.page) }).toEqual({
      what,
      violations: [],
    });
  }

  /**
   * At each of `WIDTHS`: axe finds nothing serious, and a screenshot `<name>-<width>` is kept: of the whole
   * page, or of the viewport while a modal dialog is open.
   */
  async checkAtEveryWidth(name: string): Promise<void> {
    const { height } = this.page.viewportSize() ?? { height: 900 };
    for (const width of WIDTHS) {
      await this.page.setViewportSize({ width, height });
      await this.expectAccessible(`${name} at ${width} px`);
      await screenshot(this.page, `${name}-${width}`, { fullPage: !(await this.dialog.isVisible()) });
    }
    await this.page.setViewportSize({ width: WIDTHS[0], height });
  }

  /**
   * The browser's local time `offsetMs` from now, as the console's time fields take it: day first, in
   * English `dd/mm/yyyy hh:mm:ss`, in Dutch `dd-mm-yyyy hh:mm:ss`.
   */
  localTime(offsetMs: number, language: 'en' | 'nl' = 'en'): Promise<string> {
    return this.page.evaluate(
      ([offset, separator]) => {
        const at = new Date(Date.now() + offset);
        const pad = (n: number) => String(n).padStart(2, '0');
        const day = [pad(at.getDate()), pad(at.getMonth() + 1), at.getFullYear()].join(separator);
        return `${day} ${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
      },
      [offsetMs, language === 'en' ? '/' : '-'] as const,
    );
  }

  /** Nothing of the page lies beyond the viewport's right edge: no column to scroll to on a phone. */
  async expectNothingOffScreen(what: string): Promise<void> {
    const overflow = await this.page.evaluate(() => {
      const { scrollWidth, clientWidth } = (
        globalThis as unknown as {
          document: { documentElement: { scrollWidth: number; clientWidth: number } };
        }
      ).document.documentElement;
      return scrollWidth - clientWidth;
    });
    expect({ what, overflow }).toEqual({ what, overflow: 0 });
  }

  /** The text of the timeline's entry of `type`, the `nth` of that type (0: the first). */
  timelineEntry(type: string, nth = 0): Locator {
    return this.page.locator(`.timeline > li[data-type="${type}"]`).nth(nth);
  }
}
