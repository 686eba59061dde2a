import { connect, Socket } from 'node:net';

export interface RawConnectionOptions {
  /** Written once connected. */
  send?: string;
  /** Written again every `everyMs` after that, for as long as the connection is open. */
  dribble?: { text: string; everyMs: number };
}

/**
 * A connection that sends what a stalling client sends (nothing, half a request, a request a byte at a time)
 * and records what the server answered and how long it kept the connection open.
 */
export class RawConnection {
  private text = '';
  private readonly openedAt = Date.now();
  private closedAfter: number | null = null;
  private readonly whenClosed: Promise<number>;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => (this.text += chunk.toString('latin1')));
    // A connection the server drops at once ends in a reset: closed, which is what is measured.
    socket.on('error', () => undefined);
    this.whenClosed = new Promise((resolve) =>
      socket.once('close', () => resolve((this.closedAfter = Date.now() - this.openedAt))),
    );
  }

  static open(baseUrl: string, { send, dribble }: RawConnectionOptions = {}): Promise<RawConnection> {
    const url = new URL(baseUrl);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(url.port), url.hostname);
      const connection = new RawConnection(socket);
      socket.once('error', reject);
      socket.once('connect', () => {
        if (send) socket.write(send);
        if (dribble) {
          const timer = setInterval(() => socket.writable && socket.write(dribble.text), dribble.everyMs);
          socket.once('close', () => clearInterval(timer));
        }
        resolve(connection);
      });
    });
  }

  /** What the server sent, as text. */
  get received(): string {
    return this.text;
  }

  get isOpen(): boolean {
    return this.closedAfter === null;
  }

  /** Resolves with how long the connection was open once the server closes it; rejects after `timeoutMs`. */
  async closedWithin(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`still open after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.whenClosed, late]);
    } finally {
      clearTimeout(timer);
    }
  }

  destroy(): void {
    this.socket.destroy();
  }
}
