import { connect } from 'node:net';
import { RoleName, secretOf } from './test-keys';

export interface Replay {
  /** Whether the stream delivered the message with the id asked for before it ended or was given up. */
  reachedEnd: boolean;
  milliseconds: number;
}

/**
 * Reads `GET /v1/changes?from=<from>` as fast as the socket delivers, the way a consumer catching up does,
 * until the message whose id is `lastId`. It reads the raw socket and only looks for that id in the bytes (a
 * message is one write, so the id is never cut by the chunked encoding's framing): an HTTP client would handle
 * every message on its own, and the test that times the server's checks would be timing its own reader.
 */
export function replayChanges(
  baseUrl: string,
  options: { role: RoleName; from: string; lastId: string; timeoutMs: number },
): Promise<Replay> {
  const { hostname, port } = new URL(baseUrl);
  const marker = Buffer.from(`\nid: ${options.lastId}\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () =>
      socket.write(
        `GET /v1/changes?from=${options.from} HTTP/1.1\r\nHost: ${hostname}\r\n` +
          `Authorization: Bearer ${secretOf(options.role)}\r\n\r\n`,
      ),
    );
    const finish = (reachedEnd: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ reachedEnd, milliseconds: performance.now() - started });
    };
    // The marker may be split across two reads: the end of the previous one is searched with this one.
    let tail: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const seam = Buffer.concat([tail, chunk.subarray(0, marker.length)]);
      if (seam.includes(marker) || chunk.includes(marker)) finish(true);
      tail = chunk.subarray(-marker.length);
    });
    socket.on('end', () => finish(false));
    socket.on('error', reject);
    const timer = setTimeout(() => finish(false), options.timeoutMs);
  });
}
