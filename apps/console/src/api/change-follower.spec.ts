import { followChanges } from './change-follower';
import type { ChangeMessage, ChangesToken } from './wire';

/** A stand-in for the browser's `EventSource`, driven by the test the way a browser drives its handlers. */
class FakeSource {
  static readonly CLOSED = 2;
  static made: FakeSource[] = [];
  readyState = 0;
  onmessage: ((event: { lastEventId: string; data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  private readonly named = new Map<string, (event: { lastEventId: string }) => void>();

  constructor(readonly url: string) {
    FakeSource.made.push(this);
  }

  addEventListener(type: string, listener: (event: { lastEventId: string }) => void): void {
    this.named.set(type, listener);
  }

  close(): void {
    this.readyState = FakeSource.CLOSED;
  }

  opensAt(position: string): void {
    this.readyState = 1;
    this.named.get('position')?.({ lastEventId: position });
  }

  sends(position: string, subjectId: string): void {
    this.onmessage?.({ lastEventId: position, data: JSON.stringify({ position, subjectId }) });
  }

  /** The browser reconnects by itself: the connection dropped, and the ledger may still take the token. */
  drops(): void {
    this.readyState = 0;
    this.onerror?.();
  }

  /** The ledger refused the connection (an expired token, say): the browser gives up on this source. */
  isRefused(): void {
    this.readyState = FakeSource.CLOSED;
    this.onerror?.();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('followChanges', () => {
  const tokens: string[] = [];
  const issueToken = jest.fn(async (): Promise<ChangesToken> => {
    tokens.push(`token-${tokens.length + 1}`);
    return { token: tokens[tokens.length - 1], expiresAt: '2026-11-24T10:01:00.000Z' };
  });
  beforeAll(() => Object.assign(globalThis, { EventSource: FakeSource }));
  afterAll(() => Reflect.deleteProperty(globalThis, 'EventSource'));
  beforeEach(() => {
    FakeSource.made = [];
    tokens.length = 0;
    issueToken.mockClear();
  });

  it('opensAgainWithANewToken_FromTheLastIdReceived_OnlyWhenTheBrowserGaveUp', async () => {
    const received: ChangeMessage[] = [];
    const following = followChanges({ issueToken, onMessage: (m) => received.push(m), reopenMs: 1 });
    await settle();
    const [first] = FakeSource.made;
    expect(first.url).toBe('/v1/changes?token=token-1');
    first.opensAt('7');
    first.sends('8', 'debtor-1');
    first.drops();
    await settle();
    // The browser reconnects on its own, with the last id: nothing for the console to do.
    expect(FakeSource.made).toHaveLength(1);
    first.isRefused();
    await settle();
    expect(FakeSource.made.map(({ url }) => url)).toEqual([
      '/v1/changes?token=token-1',
      '/v1/changes?from=8&token=token-2',
    ]);
    expect(received.map(({ position, subjectId }) => [position, subjectId])).toEqual([['8', 'debtor-1']]);
    following.close();
    expect(FakeSource.made.map(({ readyState }) => readyState)).toEqual([2, 2]);
  });

  it('tries again after a token it could not get, and opens nothing once closed', async () => {
    issueToken.mockRejectedValueOnce(new Error('the ledger could not be reached'));
    const following = followChanges({ issueToken, onMessage: () => undefined, reopenMs: 1 });
    await settle();
    expect(FakeSource.made.map(({ url }) => url)).toEqual(['/v1/changes?token=token-1']);
    FakeSource.made[0].isRefused();
    following.close();
    await settle();
    expect(FakeSource.made).toHaveLength(1);
    expect(issueToken).toHaveBeenCalledTimes(2);
  });
});
