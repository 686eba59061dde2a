import type { ChangeMessage, ChangesToken } from './wire';
import { queryString } from './transport';

export interface ChangeFollowing {
  /** Asks for a token with the signed-in key (`POST /v1/changes/tokens`). */
  issueToken: () => Promise<ChangesToken>;
  onMessage: (message: ChangeMessage) => void;
  /** How long to wait before opening again once the ledger refused or could not be reached. */
  reopenMs?: number;
}

/** The reconnection wait the ledger sends as `retry:`. */
const REOPEN_MS = 3000;

/**
 * Follows the change stream with the browser's own `EventSource`, which cannot send the key: each connection
 * is opened with a token asked for with the key, so the key never goes into a URL. After a drop the
 * `EventSource` reconnects by itself, with the last id, on the same URL; once its token has expired that
 * reconnection is refused and it gives up, and a new one is opened with a new token from the last id
 * received, so no message is missed. `close()` ends it for good.
 */
export function followChanges({ issueToken, onMessage, reopenMs = REOPEN_MS }: ChangeFollowing): {
  close: () => void;
} {
  let closed = false;
  let source: EventSource | null = null;
  let lastId: string | undefined;
  let reopening: ReturnType<typeof setTimeout> | undefined;

  const reopen = () => {
    source?.close();
    source = null;
    if (!closed) reopening = setTimeout(() => void open(), reopenMs);
  };

  async function open(): Promise<void> {
    let token: string;
    try {
      ({ token } = await issueToken());
    } catch {
      return reopen();
    }
    if (closed) return;
    const opened = new EventSource(`/v1/changes${queryString({ from: lastId, token })}`);
    source = opened;
    // The first event says where the stream starts: a stream that has sent nothing else resumes there.
    opened.addEventListener('position', (event) => (lastId = event.lastEventId));
    opened.onmessage = (event) => {
      lastId = event.lastEventId;
      onMessage(JSON.parse(event.data) as ChangeMessage);
    };
    opened.onerror = () => {
      if (opened.readyState === EventSource.CLOSED) reopen();
    };
  }

  void open();
  return {
    close: () => {
      closed = true;
      clearTimeout(reopening);
      source?.close();
    },
  };
}
