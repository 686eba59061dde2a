import { createHash, timingSafeEqual } from 'node:crypto';
import { refuse } from '@ledger/domain';
import { ApiKey, secretFault } from '../auth/api-keys';
import { Gatekeeper } from '../auth/gatekeeper';
import { RefusalException } from '../problems/refusal.exception';

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const digest = (secret: string) => createHash('sha256').update(secret).digest();

/**
 * Who may scrape: the bearer of `LEDGER_METRICS_TOKEN`, and nobody else. Not an API key, of any role: a
 * scraper's configuration is read by more people than a service's secrets, and a key of the roles that
 * may watch the ledger (auditor, dpo) also reads every subject's history. Without a token the route is
 * off (`404`): metrics nobody asked for are not served to whoever finds the route.
 */
export class MetricsAccess {
  private readonly token: Buffer | null;

  constructor(
    token: string | undefined,
    private readonly gatekeeper: Gatekeeper,
  ) {
    this.token = token === undefined ? null : digest(token);
  }

  /** Refuses the request unless `authorization` presents the token. */
  admit(authorization: string | undefined): void {
    if (!this.token) {
      throw new RefusalException(refuse('NOT_FOUND', 'metrics are off: LEDGER_METRICS_TOKEN is not set'));
    }
    const match = BEARER.exec(authorization ?? '');
    if (match && timingSafeEqual(digest(match[1]), this.token)) return;
    if (this.gatekeeper.identify(authorization)) {
      throw new RefusalException(
        refuse('FORBIDDEN', 'metrics are read with LEDGER_METRICS_TOKEN, not an API key'),
      );
    }
    throw new RefusalException(
      refuse(
        'UNAUTHENTICATED',
        'the metrics token is required: Authorization: Bearer <LEDGER_METRICS_TOKEN>',
      ),
    );
  }
}

/**
 * Stops the start on a token as weak as no API key may be, one a bearer header cannot carry, or one that is
 * an API key's secret (which would make that key a scraper, or the scraper that key).
 */
export function assertMetricsToken(token: string | undefined, keys: readonly ApiKey[]): void {
  if (token === undefined) return;
  const fault = /\s/.test(token) ? 'the token must not hold spaces' : secretFault(token);
  if (fault) throw new Error(`LEDGER_METRICS_TOKEN: ${fault}`);
  if (keys.some((key) => key.secret === token)) {
    throw new Error('LEDGER_METRICS_TOKEN is the secret of an API key: give the scraper a token of its own');
  }
}
