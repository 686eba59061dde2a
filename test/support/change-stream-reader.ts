import { request } from 'node:http';
import { RoleName, secretOf } from './test-keys';

export interface Replay {
  /** Whether the stream delivered the message with the id asked for before it ended or was given up. */
  reachedEnd: boolean;
  milliseconds: number;
}

/**
 * Reads `GET /v1/changes?from=<from>` as fast as the socket delivers, the way a consumer catching up does,
 * until the message whose id is `lastId`. It only looks for that id in the raw bytes, so that the reader costs
 * its own process next to nothing and the server's pace is what is measured.
 */
export function replayChanges(
  baseUrl: string,
  options: { role: RoleName; from: string; lastId: string; timeoutMs: number },
): Promise<Replay> {
  const url = new URL(`/v1/changes?from=${options.from}`, baseUrl);
  const marker = Buffer.from(`\nid: ${options.lastId}\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const finish = (reachedEnd: boolean) => {
      clearTimeout(timer);
      outgoing.destroy();
      resolve({ reachedEnd, milliseconds: performance.now() - started });
    };
    const headers = { authorization: `Bearer ${secretOf(options.role)}` };
    const outgoing = request(url, { headers }, (response) => {
      // The marker may be split across two chunks: the end of the previous one is searched with this one.
      let tail: Buffer = Buffer.alloc(0);
      response.on('data', (chunk: Buffer) => {
        const seam = Buffer.concat([tail, chunk.subarray(0, marker.length)]);
        if (seam.includes(marker) || chunk.includes(marker)) finish(true);
        tail = chunk.subarray(-marker.length);
      });
      response.on('end', () => finish(false));
    });
    const timer = setTimeout(() => finish(false), options.timeoutMs);
    outgoing.on('error', reject);
    outgoing.end();
  });
}
