interface Waiter {
  position: bigint;
  resolve: (reached: boolean) => void;
  timer: NodeJS.Timeout;
}

/** Callers waiting for the read side to apply a position: each told `true` when it does, `false` at its timeout. */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  /** Resolves `true` once `reached` reports `position` or later, `false` after `timeoutMs`. */
  wait(position: bigint, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const waiter: Waiter = {
        position,
        resolve,
        timer: setTimeout(() => this.settle(waiter, false), timeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** The read side has applied everything up to `applied`. */
  reached(applied: bigint): void {
    const reached = this.waiters.filter((waiter) => waiter.position <= applied);
    if (reached.length === 0) return;
    this.waiters = this.waiters.filter((waiter) => waiter.position > applied);
    for (const waiter of reached) this.settle(waiter, true);
  }

  /** Tells every caller still waiting that its position will not be reached here. */
  giveUp(): void {
    for (const waiter of this.waiters) this.settle(waiter, false);
  }

  private settle(waiter: Waiter, reached: boolean): void {
    clearTimeout(waiter.timer);
    this.waiters = this.waiters.filter((w) => w !== waiter);
    waiter.resolve(reached);
  }
}
