import { ThrottlerStorage } from '@nestjs/throttler';

type ThrottlerRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Counts each API key's requests in fixed windows of `ttl`: one counter per key, the same small work for
 * every request. The throttler's own storage keeps a timestamp per request and filters them all on each
 * one, which at a generous budget (60000 a minute) costs more than the answer itself. Keys are the key
 * ring's names, a handful, so windows are never swept.
 */
export class FixedWindowStorage implements ThrottlerStorage {
  private readonly windows = new Map<string, { endsAt: number; hits: number }>();

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerRecord> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { endsAt: now + ttl, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits++;
    const secondsLeft = Math.ceil((window.endsAt - now) / 1000);
    const isBlocked = window.hits > limit;
    return {
      totalHits: window.hits,
      timeToExpire: secondsLeft,
      isBlocked,
      timeToBlockExpire: isBlocked ? secondsLeft : 0,
    };
  }
}
