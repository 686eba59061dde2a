import { FixedWindowStorage } from './fixed-window-storage';

describe('FixedWindowStorage: one request counter per API key and window', () => {
  let now: number;
  beforeEach(() => {
    now = 1_000_000;
    jest.spyOn(Date, 'now').mockImplementation(() => now);
  });
  afterEach(() => jest.restoreAllMocks());

  it('counts a key until its window ends, saying how long is left, and counts keys apart', () => {
    const storage = new FixedWindowStorage();
    for (let i = 1; i <= 3; i++) expect(storage.hit('a', 60_000).hits).toBe(i);
    now += 15_500;
    expect(storage.hit('a', 60_000)).toEqual({ hits: 4, secondsLeft: 45 });
    expect(storage.hit('b', 60_000)).toEqual({ hits: 1, secondsLeft: 60 });
    now += 44_500;
    expect(storage.hit('a', 60_000)).toEqual({ hits: 1, secondsLeft: 60 });
  });
});
