/** How far the read side may trail the store, or how long it may go without reaching it, and still answer. */
export const STALE_AFTER_MS = 3000;

/**
 * What the read side knows of its own staleness, from the store's head as the heartbeat reads it: when it
 * last reached the store, and the oldest head it saw that it has not applied yet. The bound is the same
 * whether the store went silent (a hung connection reports no error) or the subscription stopped
 * delivering: past it, the read side no longer answers. Monotonic time, never the ledger's clock.
 */
export class Freshness {
  private lastContact: number;
  private oldestUnapplied: { position: bigint; seenAt: number } | null = null;

  constructor(
    private readonly staleAfterMs = STALE_AFTER_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastContact = now();
  }

  /** The store answered that its log ends at `head` while the read side had applied up to `applied`. */
  reached(head: bigint, applied: bigint): void {
    this.lastContact = this.now();
    if (head > applied && this.oldestUnapplied === null) {
      this.oldestUnapplied = { position: head, seenAt: this.lastContact };
    }
  }

  /** The read side has applied everything up to `position`. */
  applied(position: bigint): void {
    if (this.oldestUnapplied && position >= this.oldestUnapplied.position) this.oldestUnapplied = null;
  }

  /** The store answered within the bound. */
  get inTouch(): boolean {
    return this.now() - this.lastContact <= this.staleAfterMs;
  }

  /** No head seen has stayed unapplied longer than the bound. */
  get keepingUp(): boolean {
    return this.oldestUnapplied === null || this.now() - this.oldestUnapplied.seenAt <= this.staleAfterMs;
  }
}
