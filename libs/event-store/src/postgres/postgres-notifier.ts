import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

const RECONNECT_DELAY_MS = 1000;

/**
 * One LISTEN connection per store, fanning notifications out to its subscribers. It only shortens their
 * wait: while it is down (reconnecting every second) they still poll, so nothing depends on it. Each append
 * transaction notifies with its store's `announcer` as payload: a store wakes its own subscribers itself
 * after its commits (`wakeAll`), so its own notifications, which would only make them read again for
 * nothing, are ignored.
 */
export class PostgresNotifier {
  readonly announcer = randomUUID();
  private client: Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
  ) {}

  watch(wake: () => void): () => void {
    this.listeners.add(wake);
    this.listen();
    return () => this.listeners.delete(wake);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private listen(): void {
    if (this.client || this.reconnect || this.closed) return;
    const client = new Client({ connectionString: this.connectionString });
    this.client = client;
    client.on('notification', ({ payload }) => {
      if (payload !== this.announcer) this.wakeAll();
    });
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    client
      .connect()
      .then(() => client.query(`LISTEN "${this.channel}"`))
      // Appends made while not listening went unannounced: have everyone look now.
      .then(() => this.wakeAll())
      .catch(() => this.drop(client));
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    client.end().catch(() => undefined);
    if (this.closed) return;
    this.reconnect = setTimeout(() => {
      this.reconnect = null;
      this.listen();
    }, RECONNECT_DELAY_MS);
  }

  /** Wakes this store's subscribers: new events may be readable. */
  wakeAll(): void {
    for (const wake of this.listeners) wake();
  }
}
