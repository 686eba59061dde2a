import { CONSOLE_DIR } from '../support/console';
import { LedgerHarness } from '../support/ledger-harness';
import { temporaryDirectories } from '../support/temporary-directories';

describe('the console served by the ledger (HTTP)', () => {
  let ledger: LedgerHarness;

  beforeAll(async () => {
    ledger = await LedgerHarness.start({ consoleDir: CONSOLE_DIR });
  });
  afterAll(() => ledger.stop());

  it('serves the built console at /console/ without a key, under a strict content security policy', async () => {
    const page = await fetch(`${ledger.baseUrl}/console/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    // Its files hold no data: unlike the API's answers, a browser may keep them and ask again whether they changed.
    expect(page.headers.get('cache-control')).toBe('public, max-age=0');
    const script = /src="(\/console\/assets\/[^"]+\.js)"/.exec(await page.text())?.[1];
    const bundle = await fetch(`${ledger.baseUrl}${script}`);
    expect(bundle.status).toBe(200);
    // Read to the end: a response still being written keeps its connection busy, and the server's close waits.
    expect((await bundle.text()).length).toBeGreaterThan(0);
  });

  it('redirects /console to /console/ and knows no other file', async () => {
    const bare = await fetch(`${ledger.baseUrl}/console`, { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/console/');
    expect((await fetch(`${ledger.baseUrl}/console/assets/missing.js`)).status).toBe(404);
  });

  it('still serves the API when the console is not built', async () => {
    const temp = temporaryDirectories('no-console');
    const empty = await temp.make();
    const bare = await LedgerHarness.start({ consoleDir: empty });
    try {
      expect((await fetch(`${bare.baseUrl}/console/`)).status).toBe(404);
      expect((await bare.get('/v1/purposes')).status).toBe(200);
    } finally {
      await bare.stop();
      await temp.removeAll();
    }
  });
});
