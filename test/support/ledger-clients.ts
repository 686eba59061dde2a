import { ChangeMessage, ChangesOptions, LedgerClient, LedgerClientOptions } from '@basis-ledger/client';
import { RoleName, secretOf } from './ledger-harness';

/** A client of the ledger at `baseUrl` with the test key of `role`, retrying quickly. */
export function clientFor(baseUrl: string, role: RoleName, options: Partial<LedgerClientOptions> = {}) {
  return new LedgerClient({
    baseUrl,
    apiKey: secretOf(role),
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    ...options,
  });
}

/**
 * Change messages from `client` up to the first that `last` picks, or whatever came within `timeoutMs`
 * (for the test's assertion to show).
 */
export async function collectChanges(
  client: LedgerClient,
  options: ChangesOptions,
  last: (message: ChangeMessage, count: number) => boolean,
  timeoutMs = 20_000,
): Promise<ChangeMessage[]> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), timeoutMs);
  const messages: ChangeMessage[] = [];
  try {
    for await (const message of client.changes({ ...options, signal: stop.signal })) {
      messages.push(message);
      if (last(message, messages.length)) break;
    }
  } finally {
    clearTimeout(timer);
  }
  return messages;
}
