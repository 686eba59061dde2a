import { FixedWindowStorage } from './fixed-window-storage';

describe('FixedWindowStorage: one request counter per API key and window', () => {
  let now: number;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('blocks a key past its limit until its window ends, saying for how long, and counts keys apart', async () => {
    const storage = new FixedWindowStorage();
    for (let i = 0; i < 3; i++) expect((await storage.increment('a', 60_000, 3)).isBlocked).toBe(false);
    now += 15_500;
    expect(await storage.increment('a', 60_000, 3)).toEqual({
      totalHits: 4,
      timeToExpire: 45,
      isBlocked: true,
      timeToBlockExpire: 45,
    });
    expect((await storage.increment('b', 60_000, 3)).isBlocked).toBe(false);
    now += 44_500;
    expect(await storage.increment('a', 60_000, 3)).toMatchObject({ totalHits: 1, isBlocked: false });
  });
});
