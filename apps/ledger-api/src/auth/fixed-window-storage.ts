/** One key's count in its current window. */
export interface WindowCount {
  hits: number;
  /** Whole seconds until the window ends and the count starts again. */
  secondsLeft: number;
}

/**
 * Counts each API key's requests in fixed windows of `ttl`: one counter per key, the same small work for
 * every request (a sliding log would keep a timestamp per request and filter them all on each one). Keys
 * are the key ring's names, a handful, so windows are never swept.
 */
export class FixedWindowStorage {
  private readonly windows = new Map<string, { endsAt: number; hits: number }>();

  hit(key: string, ttl: number): WindowCount {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + ttl, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, secondsLeft: Math.ceil((window.endsAt - now) / 1000) };
  }
}
