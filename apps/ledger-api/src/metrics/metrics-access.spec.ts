import { ApiKey } from '../auth/api-keys';
import { Gatekeeper } from '../auth/gatekeeper';
import { KeyRing } from '../auth/key-ring';
import { rateBudgets } from '../auth/rate-limit';
import { StreamTokens } from '../auth/stream-tokens';
import { SystemClock } from '@ledger/runtime';
import { RefusalException } from '../problems/refusal.exception';
import { assertMetricsToken, MetricsAccess } from './metrics-access';

const TOKEN = 'scraper-4f1c9e2b7a';
const KEYS: ApiKey[] = [{ name: 'audit', role: 'auditor', secret: 'auditor-8d2e6b1f90' }];
const keyRing = new KeyRing(KEYS);
const streamTokens = new StreamTokens(keyRing, Buffer.alloc(32, 7), new SystemClock());
const gatekeeper = new Gatekeeper(keyRing, rateBudgets({}), streamTokens);

const refusalOf = (access: MetricsAccess, authorization?: string) => {
  try {
    access.admit(authorization);
    return 'admitted';
  } catch (error) {
    return (error as RefusalException).refusal.code;
  }
};

describe('MetricsAccess', () => {
  it('admits the bearer of the token, and refuses an API key (403) and anything else (401)', () => {
    const access = new MetricsAccess(TOKEN, gatekeeper);
    expect(refusalOf(access, `Bearer ${TOKEN}`)).toBe('admitted');
    expect(refusalOf(access, `bearer   ${TOKEN} `)).toBe('admitted');
    expect(refusalOf(access, `Bearer ${KEYS[0].secret}`)).toBe('FORBIDDEN');
    expect(refusalOf(access, `Bearer ${TOKEN}x`)).toBe('UNAUTHENTICATED');
    expect(refusalOf(access, TOKEN)).toBe('UNAUTHENTICATED');
    expect(refusalOf(access)).toBe('UNAUTHENTICATED');
  });

  it('is off without a token: NOT_FOUND to everyone', () => {
    const access = new MetricsAccess(undefined, gatekeeper);
    for (const authorization of [undefined, `Bearer ${TOKEN}`, `Bearer ${KEYS[0].secret}`])
      expect(refusalOf(access, authorization)).toBe('NOT_FOUND');
  });

  it('stops the start on a weak token, one with spaces, or one that is an API key', () => {
    expect(() => assertMetricsToken(undefined, KEYS)).not.toThrow();
    expect(() => assertMetricsToken(TOKEN, KEYS)).not.toThrow();
    expect(() => assertMetricsToken('short', KEYS)).toThrow(
      /LEDGER_METRICS_TOKEN: secret must be at least 16/,
    );
    expect(() => assertMetricsToken('aaaaaaaaaaaaaaaaaaaa', KEYS)).toThrow(/too plain/);
    expect(() => assertMetricsToken('scraper 4f1c9e2b7a', KEYS)).toThrow(/spaces/);
    expect(() => assertMetricsToken(KEYS[0].secret, KEYS)).toThrow(/the secret of an API key/);
  });
});
