/**
 * The change streams of a process take turns at the event loop. A stream with work to do (a replay of the log,
 * say) works for at most `sliceMs` and then waits in line; each turn of the event loop lets the next one in
 * line work, after everything else the process had waiting (checks, the read side's heartbeat). So however
 * many streams replay at once, a check waits for one slice of stream work per turn, not one slice per stream.
 */
export class StreamTurns {
  private readonly waiting: (() => void)[] = [];
  private sliceEnds = 0;
  private turnScheduled = false;

  constructor(private readonly sliceMs: number) {}

  /** Resolves at once while the current slice lasts; otherwise when the caller's turn comes. */
  take(): Promise<void> {
    if (performance.now() < this.sliceEnds) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.scheduleTurn();
    });
  }

  private scheduleTurn(): void {
    if (this.turnScheduled) return;
    this.turnScheduled = true;
    setImmediate(() => {
      this.turnScheduled = false;
      const next = this.waiting.shift();
      if (!next) return;
      this.sliceEnds = performance.now() + this.sliceMs;
      next();
      if (this.waiting.length > 0) this.scheduleTurn();
    });
  }
}
