import { randomUUID } from 'node:crypto';
import { CommandAnswer, Language, TimeTravel } from '@ledger/wire';
import { query } from './paths';
import { DEFAULT_RETRY, RetryOptions } from './retry';
import { Transport } from './transport';
import { WrittenPosition } from './written-position';

export interface LedgerClientOptions {
  /** The API's root, e.g. `http://ledger.internal:3000`. */
  baseUrl: string;
  apiKey: string;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  retry?: Partial<RetryOptions>;
  /** How long one try may take before it counts as failed (and is retried). Default 30 s. */
  timeoutMs?: number;
}

export interface ReadOptions extends TimeTravel {
  /** Add each decision's plain-language explanation in this language. */
  explain?: Language;
  signal?: AbortSignal;
}

export interface CommandOptions {
  /** Default: a new UUID per call, the same for every retry of it. */
  idempotencyKey?: string;
  /** Append only if the subject's stream is at this revision (`-1`: it has no events yet). */
  expectedRevision?: number;
  signal?: AbortSignal;
}

/** A read answered from the read side: it waits for `minPosition`, and for this client's own writes. */
export interface ReadSideOptions {
  minPosition?: string;
  signal?: AbortSignal;
}

/**
 * What every call of the client shares: the transport, the position it has written, and how a command and a
 * read from the read side are sent. The routes are spread over the classes that extend it, one file per area.
 */
export abstract class LedgerCalls {
  protected readonly transport: Transport;
  protected readonly retry: RetryOptions;
  private readonly written = new WrittenPosition();

  constructor(options: LedgerClientOptions) {
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.transport = new Transport({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      apiKey: options.apiKey,
      fetch: options.fetch ?? globalThis.fetch,
      retry: this.retry,
      timeoutMs: options.timeoutMs ?? 30_000,
    });
  }

  /** The highest position this client has written, if any. */
  get position(): string | undefined {
    return this.written.value;
  }

  /** Sends a command with its `Idempotency-Key` (and `If-Match`), and remembers the position it wrote. */
  protected async command<T extends CommandAnswer>(
    route: string,
    body: object,
    options: CommandOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = { 'idempotency-key': options.idempotencyKey ?? randomUUID() };
    if (options.expectedRevision !== undefined) headers['if-match'] = `"${options.expectedRevision}"`;
    const answer = await this.transport.json<T>({
      method: 'POST',
      path: route,
      body,
      headers,
      signal: options.signal,
    });
    this.written.remember(answer.position);
    return answer;
  }

  /** A read of `route` with its query `values`, at least as far as this client has written. */
  protected read<T>(
    route: string,
    values: Record<string, string | undefined>,
    options: ReadSideOptions = {},
  ): Promise<T> {
    const search = query({ ...values, minPosition: this.written.atLeast(options.minPosition) });
    return this.transport.json({ method: 'GET', path: route + search, signal: options.signal });
  }

  /** The time-travel fields of a read, reading at least as far as this client has written. */
  protected timeTravel({ at, asOf, minPosition }: TimeTravel): TimeTravel {
    return { at, asOf, minPosition: this.written.atLeast(minPosition) };
  }
}
