import { LedgerError } from './ledger-error';
import { backoffMs, RETRYABLE_STATUS, RetryOptions, retryAfterMs, sleep } from './retry';

export interface TransportOptions {
  baseUrl: string;
  apiKey: string;
  fetch: typeof fetch;
  retry: RetryOptions;
  /** How long one try may take, answer included, before it counts as a network failure. */
  timeoutMs: number;
}

/** One request: `path` is encoded already, query string included. */
export interface Call {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

type Attempt<T> = { value: T } | { failure: unknown; retryAfterMs?: number | null };

/** HTTP to the ledger: the key on every request, JSON both ways, retries, refusals as `LedgerError`. */
export class Transport {
  constructor(private readonly options: TransportOptions) {}

  /**
   * Sends `call` and reads its JSON answer. Network failures, timeouts, `503` and `429` are tried again
   * (after `Retry-After` when the ledger names it), at most `retry.attempts` times in all; any other
   * refusal throws at once. Resending is safe: reads change nothing, and commands carry an `Idempotency-Key`.
   */
  async json<T>(call: Call): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.attempt<T>(call);
      if ('value' in outcome) return outcome.value;
      const wait = this.waitAfter(attempt, outcome.retryAfterMs);
      if (wait === null) throw outcome.failure;
      await sleep(wait, call.signal);
    }
  }

  /** Sends `call` once, for a response read as a stream; `signal` ends it. */
  open(call: Call, signal: AbortSignal): Promise<Response> {
    return this.options.fetch(this.options.baseUrl + call.path, this.init(call, signal));
  }

  /** The wait before the try after `attempt`, or `null` when there is none. */
  private waitAfter(attempt: number, retryAfter: number | null | undefined): number | null {
    const { retry } = this.options;
    if (attempt >= retry.attempts) return null;
    if (retryAfter !== null && retryAfter !== undefined) {
      return retryAfter <= retry.maxRetryAfterMs ? retryAfter : null;
    }
    return backoffMs(attempt, retry);
  }

  private async attempt<T>(call: Call): Promise<Attempt<T>> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs);
    const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await this.options.fetch(this.options.baseUrl + call.path, this.init(call, signal));
      if (response.ok) return { value: (await response.json()) as T };
    } catch (error) {
      if (call.signal?.aborted) throw error;
      // The connection failed or timed out, before the request reached the ledger or after: either way,
      // sending it again is safe.
      return { failure: error };
    }
    const error = await LedgerError.of(response);
    if (!RETRYABLE_STATUS.has(response.status)) throw error;
    return { failure: error, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  }

  private init(call: Call, signal: AbortSignal): RequestInit {
    const headers: Record<string, string> = {
      accept: 'application/json',
      authorization: `Bearer ${this.options.apiKey}`,
      ...call.headers,
    };
    if (call.body !== undefined) headers['content-type'] = 'application/json';
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    return { method: call.method, headers, body, signal };
  }
}
