import type { ChangeMessage } from '@ledger/wire';
import { createParser, EventSourceMessage } from 'eventsource-parser';
import { LedgerError } from './ledger-error';
import { backoffMs, RETRYABLE_STATUS, RetryOptions, retryAfterMs, sleep } from './retry';
import { query } from './paths';
import { Call, Transport } from './transport';

export interface ChangesOptions {
  /** Start after this position (`'0'`: from the first event); default: from now on. */
  from?: string;
  /** Ends the iteration. Breaking out of `for await` does too. */
  signal?: AbortSignal;
  /**
   * A connection that delivers nothing, not even a heartbeat (every 15 s by default), for this long is taken
   * for dead and replaced. Default 45 s.
   */
  idleTimeoutMs?: number;
}

const DEFAULT_IDLE_TIMEOUT_MS = 45_000;

/**
 * The change stream as an async iterator. After a dropped connection, a server restart or a `503`, it
 * reconnects by itself (backoff with jitter, without limit) with the id of the last message as
 * `Last-Event-ID`, so the ledger sends what came after it: nothing is missed and nothing comes twice.
 * A position the ledger's log has not reached (`409 POSITION_BEYOND_HEAD`: a checkpoint kept from another
 * ledger, or one the log lost when its store was restored from an older backup) starts the stream again at
 * the end of the log, the `headPosition` the ledger names. A refusal that retrying cannot mend (`401`, `403`, `400`) ends the
 * iteration with a `LedgerError`.
 */
export async function* followChanges(
  transport: Transport,
  retry: RetryOptions,
  options: ChangesOptions = {},
): AsyncGenerator<ChangeMessage, void, undefined> {
  let lastId = options.from;
  let failures = 0;
  while (!options.signal?.aborted) {
    const connection = new AbortController();
    const abort = () => connection.abort();
    options.signal?.addEventListener('abort', abort, { once: true });
    let retryAfter: number | null = null;
    try {
      const response = await transport.open(changesCall(options.from, lastId), connection.signal);
      if (!response.ok || !response.body) {
        const error = await LedgerError.of(response);
        if (error.code === 'POSITION_BEYOND_HEAD' && error.headPosition !== undefined) {
          lastId = error.headPosition;
        } else if (!RETRYABLE_STATUS.has(response.status)) {
          throw error;
        } else {
          retryAfter = retryAfterMs(response.headers.get('retry-after'));
        }
      } else {
        const idleMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
        for await (const message of messages(response.body, connection, idleMs)) {
          failures = 0;
          if (message.id !== undefined) lastId = message.id;
          // Named events (the stream's starting `position`) only move the last id on.
          if (message.event === undefined) yield JSON.parse(message.data) as ChangeMessage;
        }
      }
    } catch (error) {
      if (options.signal?.aborted) return;
      if (error instanceof LedgerError) throw error;
      // The connection failed, was dropped, or went quiet: connect again after the last message received.
    } finally {
      options.signal?.removeEventListener('abort', abort);
      connection.abort();
    }
    await sleep(retryAfter ?? backoffMs(++failures, retry), options.signal).catch(() => undefined);
  }
}

/** The request that (re)connects: the SSE way, the URL first asked for and the last id received. */
function changesCall(from: string | undefined, lastId: string | undefined): Call {
  const headers: Record<string, string> = { accept: 'text/event-stream' };
  if (lastId !== undefined) headers['last-event-id'] = lastId;
  return { method: 'GET', path: `/v1/changes${query({ from })}`, headers };
}

/** The messages of an event stream as they arrive; a quiet spell of `idleMs` aborts the connection. */
async function* messages(
  body: ReadableStream<Uint8Array>,
  connection: AbortController,
  idleMs: number,
): AsyncGenerator<EventSourceMessage> {
  const arrived: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (message) => arrived.push(message) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let idle = setTimeout(() => connection.abort(), idleMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      clearTimeout(idle);
      idle = setTimeout(() => connection.abort(), idleMs);
      parser.feed(decoder.decode(value, { stream: true }));
      while (arrived.length > 0) yield arrived.shift() as EventSourceMessage;
    }
  } finally {
    clearTimeout(idle);
    reader.releaseLock();
  }
}
