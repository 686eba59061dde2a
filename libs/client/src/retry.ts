/** How the client retries what may succeed later: network failures, `503` and `429`. */
export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** The first retry waits up to this long, each later one up to twice as long as the one before. */
  baseDelayMs: number;
  /** The longest wait between two tries that the client chooses itself. */
  maxDelayMs: number;
  /** The longest `Retry-After` the client waits for; a server asking for longer gets the error back. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  attempts: 5,
  baseDelayMs: 100,
  maxDelayMs: 5_000,
  maxRetryAfterMs: 60_000,
};

/** The statuses that say "not now": the ledger is catching up or unavailable, or the caller is too fast. */
export const RETRYABLE_STATUS: ReadonlySet<number> = new Set([429, 503]);

/**
 * Exponential backoff with full jitter (a random wait up to the exponential bound), so that many clients
 * failing at once do not retry in step. `retry` counts from 1.
 */
export function backoffMs(retry: number, options: RetryOptions, random: () => number = Math.random): number {
  const bound = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (retry - 1));
  return Math.floor(random() * bound);
}

/** A `Retry-After` header in milliseconds from `now`: delay-seconds or an HTTP date; `null` when absent or bad. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Resolves after `ms`, or rejects at once when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
