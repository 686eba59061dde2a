import { Outcome } from '../common/outcome';
import { BatchQueue } from './batch-queue';

/** A runner that records its batches and answers each once `release` is called. */
function recordingRunner(answer: (request: number) => Outcome<string> = (n) => ({ result: `#${n}` })) {
  const batches: number[][] = [];
  const releases: Array<() => void> = [];
  const run = (batch: readonly number[]) => {
    batches.push([...batch]);
    return new Promise<Outcome<string>[]>((resolve) => releases.push(() => resolve(batch.map(answer))));
  };
  const release = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    releases.shift()?.();
  };
  return { batches, run, release };
}

describe('BatchQueue', () => {
  it('sends what is asked together in one batch, and what comes meanwhile in the next', async () => {
    const { batches, run, release } = recordingRunner();
    const queue = new BatchQueue(run);
    const first = [1, 2, 3].map((n) => queue.submit(n));
    await new Promise((resolve) => setImmediate(resolve));
    const second = [4, 5].map((n) => queue.submit(n));
    await release();
    expect(await Promise.all(first)).toEqual(['#1', '#2', '#3']);
    await release();
    expect(await Promise.all(second)).toEqual(['#4', '#5']);
    expect(batches).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('fails a request alone on its own failure, and all of a batch when the batch fails', async () => {
    const refused = new Error('refused');
    const queue = new BatchQueue<number, string>(async (batch) =>
      batch.map((n) => (n === 2 ? { failure: refused } : { result: `#${n}` })),
    );
    const outcomes = await Promise.allSettled([1, 2, 3].map((n) => queue.submit(n)));
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);

    const down = new Error('server gone');
    const failing = new BatchQueue<number, string>(() => Promise.reject(down));
    await expect(Promise.all([failing.submit(1), failing.submit(2)])).rejects.toBe(down);
    // The queue goes on after a failed batch.
    expect(await queue.submit(4)).toBe('#4');
  });

  it('leaves what a batch does not admit for the next, in its order', async () => {
    const { batches, run, release } = recordingRunner();
    const onePerParity = () => {
      const seen = new Set<number>();
      return (n: number) => {
        if (seen.has(n % 2)) return false;
        seen.add(n % 2);
        return true;
      };
    };
    const queue = new BatchQueue(run, { admission: onePerParity });
    const all = [1, 3, 5, 2].map((n) => queue.submit(n));
    for (let i = 0; i < 3; i++) await release();
    await Promise.all(all);
    expect(batches).toEqual([[1, 2], [3], [5]]);
  });

  it('refuses a request whose batch has not left by its deadline, unsent, and tells the runner each deadline', async () => {
    const { batches, run, release } = recordingRunner();
    const deadlines: Array<number | undefined> = [];
    const late = new Error('late');
    const queue = new BatchQueue<number, string>(
      (batch, deadline) => {
        deadlines.push(deadline);
        return run(batch);
      },
      { deadline: { ms: 50, late: () => late } },
    );
    const sent = Date.now();
    const hanging = queue.submit(1);
    await new Promise((resolve) => setImmediate(resolve));
    const waiting = queue.submit(2);
    await expect(waiting).rejects.toBe(late);
    await release();
    expect(await hanging).toBe('#1');
    expect(batches).toEqual([[1]]);
    expect(deadlines[0]).toBeGreaterThanOrEqual(sent + 50);
  });
});
