import { Client } from 'pg';

const RECONNECT_DELAY_MS = 1000;

/**
 * One LISTEN connection per store, fanning notifications out to its subscribers. It only shortens their
 * wait: while it is down (reconnecting every second) they still poll, so nothing depends on it.
 */
export class PostgresNotifier {
  private client: Client | null = null;
  private reconnect: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly listeners = new Set<() => void>();
  private carrying = false;
  private sending = false;
  private sendAgain = false;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
    /** Sends one NOTIFY on the channel, in a transaction of its own. */
    private readonly notify: () => Promise<unknown>,
  ) {}

  /**
   * Whether an append about to start should carry the NOTIFY in its own transaction. PostgreSQL serialises
   * the commits of notifying transactions on one lock, an fsync each, so only one append at a time carries
   * it; the others commit freely and are announced by one NOTIFY of their own once they are done (`appended`).
   * An append with no other in flight always carries it, so it is readable the moment it is acknowledged.
   */
  carryNotify(): boolean {
    if (this.carrying) return false;
    this.carrying = true;
    return true;
  }

  /** After an append (committed or not): wakes this process's subscribers, and has others woken. */
  appended(carried: boolean): void {
    this.wakeAll();
    if (carried) this.carrying = false;
    else this.announce();
  }

  /** One NOTIFY in a transaction of its own for every append made while the previous one was on its way. */
  private announce(): void {
    if (this.sending) {
      this.sendAgain = true;
      return;
    }
    this.sending = true;
    void this.notify()
      .catch(() => undefined)
      .finally(() => {
        this.sending = false;
        if (!this.sendAgain || this.closed) return;
        this.sendAgain = false;
        this.announce();
      });
  }

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
    client.on('notification', () => this.wakeAll());
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

  private wakeAll(): void {
    for (const wake of this.listeners) wake();
  }
}
