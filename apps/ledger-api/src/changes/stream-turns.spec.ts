import { StreamTurns } from './stream-turns';

/** Work that holds the event loop for `ms`, as computing and writing a stretch of change messages does. */
const holdFor = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('StreamTurns', () => {
  it('take_WhenSlicesAreUsedUp_LetsTheStreamsInLineWorkInTurn_WithOtherWorkBetweenEveryTwo', async () => {
    const turns = new StreamTurns(1);
    const log: string[] = [];
    const stream = async (name: string) => {
      for (let slice = 0; slice < 3; slice++) {
        await turns.take();
        log.push(name);
        holdFor(2);
      }
    };
    let others = true;
    const otherWork = () => {
      log.push('.');
      if (others) setImmediate(otherWork);
    };
    setImmediate(otherWork);
    await Promise.all([stream('A'), stream('B'), stream('C')]);
    others = false;
    expect(log.filter((entry) => entry !== '.').join('')).toBe('ABCABCABC');
    expect(log.join('')).not.toMatch(/[ABC]{2}/);
  });

  it('take_WhileTheSliceLasts_GoesOnAtOnce', async () => {
    const turns = new StreamTurns(60_000);
    await turns.take();
    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    for (let i = 0; i < 100; i++) await turns.take();
    expect(otherWorkRan).toBe(false);
  });
});
