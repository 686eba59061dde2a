import { performance } from 'node:perf_hooks';
import { SingleBar } from 'cli-progress';

/**
 * A progress bar over the global log, from its first position to the head read at the start. Positions
 * are not dense on every store (PostgreSQL's are transaction ids), so the bar measures the way through the
 * positions, and shows the events read and their rate beside it. Drawn on stderr, only on a terminal.
 */
export class LogProgress {
  private readonly bar: SingleBar;
  private readonly started = performance.now();
  private first: bigint | null = null;
  private events = 0;

  constructor(
    private readonly head: string | null,
    stream: NodeJS.WritableStream,
  ) {
    this.bar = new SingleBar({
      format: '{bar} {percentage}% | {events} events | {rate} events/s | {duration_formatted}',
      stream,
      hideCursor: true,
      clearOnComplete: true,
    });
    this.bar.start(1000, 0, { events: 0, rate: 0 });
  }

  update(events: number, position: string): void {
    this.events = events;
    const at = BigInt(position);
    this.first ??= at;
    const span = this.head === null ? 0n : BigInt(this.head) - this.first + 1n;
    const done = span <= 0n ? 1000n : ((at - this.first + 1n) * 1000n) / span;
    this.bar.update(Number(done > 1000n ? 1000n : done), { events, rate: this.rate });
  }

  /** Stops drawing; the seconds taken and events per second, for the summary line. */
  stop(): { seconds: number; rate: number } {
    this.bar.stop();
    return { seconds: (performance.now() - this.started) / 1000, rate: this.rate };
  }

  private get rate(): number {
    const seconds = (performance.now() - this.started) / 1000;
    return seconds > 0 ? Math.round(this.events / seconds) : 0;
  }
}
