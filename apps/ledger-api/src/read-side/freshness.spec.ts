import { Freshness } from './freshness';

describe('Freshness: how stale the read side may be before it stops answering', () => {
  let now: number;
  const freshness = () => new Freshness(3000, () => now);

  beforeEach(() => {
    now = 1_000;
  });

  it('is in touch and keeping up from the start', () => {
    const fresh = freshness();
    expect([fresh.inTouch, fresh.keepingUp]).toEqual([true, true]);
  });

  it('loses touch when the store has not answered for longer than the bound, and regains it with an answer', () => {
    const fresh = freshness();
    now += 3000;
    expect(fresh.inTouch).toBe(true);
    now += 1;
    expect(fresh.inTouch).toBe(false);
    fresh.reached(0n, 0n);
    expect(fresh.inTouch).toBe(true);
  });

  it('falls behind when a head it saw stays unapplied for longer than the bound', () => {
    const fresh = freshness();
    fresh.reached(10n, 7n);
    now += 3000;
    fresh.reached(12n, 7n);
    expect(fresh.keepingUp).toBe(true);
    now += 1;
    expect(fresh.keepingUp).toBe(false);
    fresh.applied(10n);
    expect(fresh.keepingUp).toBe(true);
  });

  it('measures the lag from the oldest unapplied head, so a store written to all the time is not forgiven', () => {
    const fresh = freshness();
    fresh.reached(10n, 7n);
    now += 2000;
    fresh.applied(9n);
    fresh.reached(15n, 9n);
    now += 1500;
    expect(fresh.keepingUp).toBe(false);
  });

  it('keeps up while every head it saw is applied within the bound', () => {
    const fresh = freshness();
    for (let head = 1n; head <= 20n; head++) {
      fresh.reached(head, head - 1n);
      now += 2500;
      fresh.applied(head);
      expect(fresh.keepingUp).toBe(true);
    }
  });
});
