import { PositionWaiters } from './position-waiters';

describe('PositionWaiters: read-your-writes waits for a position', () => {
  afterEach(() => jest.useRealTimers());

  it('tells each caller true once its position is reached, and only then', async () => {
    const waiters = new PositionWaiters();
    const told: string[] = [];
    void waiters.wait(3n, 1000).then((reached) => told.push(`3:${reached}`));
    void waiters.wait(5n, 1000).then((reached) => told.push(`5:${reached}`));
    waiters.reached(4n);
    await Promise.resolve();
    expect(told).toEqual(['3:true']);
    waiters.reached(5n);
    await Promise.resolve();
    expect(told).toEqual(['3:true', '5:true']);
  });

  it('tells a caller false at its timeout, and every caller false when the read side gives up', async () => {
    jest.useFakeTimers();
    const waiters = new PositionWaiters();
    const timedOut = waiters.wait(9n, 100);
    const abandoned = waiters.wait(9n, 10_000);
    jest.advanceTimersByTime(100);
    expect(await timedOut).toBe(false);
    waiters.giveUp();
    expect(await abandoned).toBe(false);
  });
});
