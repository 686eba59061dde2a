import { setTimeout as sleep } from 'node:timers/promises';

export interface KeyPurgeOptions {
  /** Rewrites the key table; rejects when it could not (its lock was not granted in time, the server is down). */
  rewrite: () => Promise<void>;
  /** How long to wait before trying again after a failed rewrite. */
  retryMs: number;
}

/**
 * Destroying a data key in PostgreSQL writes a new row version without it; the old version keeps the key in
 * a dead tuple, and after `VACUUM` reclaims it the bytes stay in the page's free space until something else
 * is written there. Only rewriting the table (`VACUUM FULL`) leaves no copy in its files. One rewrite at a
 * time: erasures that come while one runs share the next, which starts after them.
 */
export class KeyPurge {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;
  private closed = false;

  constructor(private readonly options: KeyPurgeOptions) {}

  /**
   * Resolves once a rewrite that started after this call is done, or has failed (then it is tried again in
   * the background until one succeeds): the erasure is committed either way.
   */
  purge(): Promise<void> {
    if (!this.running) {
      this.running = this.rewrite().finally(() => (this.running = null));
      return this.running;
    }
    this.next ??= this.running.then(() => {
      this.next = null;
      return this.purge();
    });
    return this.next;
  }

  /** Waits for the rewrite under way, and tries no more. */
  async close(): Promise<void> {
    this.closed = true;
    await this.running;
  }

  private async rewrite(): Promise<void> {
    try {
      await this.options.rewrite();
    } catch {
      if (this.closed) return;
      void sleep(this.options.retryMs, undefined, { ref: false }).then(() => {
        if (!this.closed) void this.purge();
      });
    }
  }
}
