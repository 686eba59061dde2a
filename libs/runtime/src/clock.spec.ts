import { SystemClock } from './clock';

describe('SystemClock', () => {
  afterEach(() => jest.restoreAllMocks());

  it('tells the current millisecond as ISO text', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-03-01T10:00:00.123Z'));
    const clock = new SystemClock();
    expect(clock.now()).toBe('2026-03-01T10:00:00.123Z');
    now.mockReturnValue(Date.parse('2026-03-01T10:00:00.124Z'));
    expect(clock.now()).toBe('2026-03-01T10:00:00.124Z');
  });

  it('moves on with the real time', async () => {
    const clock = new SystemClock();
    const first = clock.now();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Date.parse(clock.now())).toBeGreaterThan(Date.parse(first));
    expect(Math.abs(Date.parse(clock.now()) - Date.now())).toBeLessThanOrEqual(1);
  });
});
