import { ServerResponse } from 'node:http';

/**
 * Server-Sent Events on a raw Node response. JSON has no raw line breaks, so each message is one `data`
 * line; a comment line is a heartbeat that every SSE client ignores.
 */
export const sseMessage = (id: string, data: unknown) => `id: ${id}\ndata: ${JSON.stringify(data)}\n\n`;
export const SSE_HEARTBEAT = ': heartbeat\n\n';

/**
 * How long an `EventSource` waits before it reconnects, sent with every connection's first event: each
 * browser picks its own wait otherwise, and a client should not have to guess.
 */
export const SSE_RETRY_MS = 3000;

/**
 * The position a stream starts after, sent first as a named event (which `onmessage` handlers never see)
 * so that its id becomes the client's last id: a client that started at the live tail and loses the
 * connection before any change resumes from there, not from a later tail. The reconnection wait goes with it.
 */
export const ssePosition = (position: string) =>
  `retry: ${SSE_RETRY_MS}\nevent: position\nid: ${position}\ndata: ${JSON.stringify({ position })}\n\n`;

export const SSE_HEADERS = {
  'content-type': 'text/event-stream; charset=utf-8',
  'cache-control': 'no-store',
  connection: 'keep-alive',
  // Proxies such as nginx buffer responses unless told not to.
  'x-accel-buffering': 'no',
};

/** Where a change stream writes: a write may ask to wait until the consumer has taken what was sent. */
export interface ChangeSink {
  /** `false` when the consumer's buffer is full: wait for `drained()` before writing more. */
  write(chunk: string): boolean;
  /** Resolves once the consumer has taken the buffered data, or the connection is gone. */
  drained(): Promise<void>;
  /** Resolves once the connection is gone. */
  readonly gone: Promise<void>;
  end(): void;
}

export function responseSink(response: ServerResponse): ChangeSink {
  const gone = new Promise<void>((resolve) => response.once('close', () => resolve()));
  return {
    write: (chunk) => response.write(chunk),
    drained: () =>
      response.destroyed
        ? Promise.resolve()
        : Promise.race([new Promise<void>((resolve) => response.once('drain', () => resolve())), gone]),
    gone,
    end: () => {
      if (!response.writableEnded) response.end();
    },
  };
}
